import { App, type CustomRoute, type Logger, LogLevel } from '@slack/bolt';
import { retryPolicies } from '@slack/web-api';
import type { Redis } from 'ioredis';
import type { FlowContext } from '../flows/context';
import type { Env } from '../runtime/env';
import type { InFlight } from '../runtime/in-flight';
import { libraryLogger } from '../runtime/log';
import { redisAnswers } from '../store/connection';
import { MeteredWebClient } from './adapters/metered-web-client';
import { SlackChat } from './adapters/slack-chat';
import type { ListenerDeps } from './listener-deps';
import { registerChecklistToggle } from './listeners/actions/checklist-toggle';
import { registerCloseCancel } from './listeners/actions/close-cancel';
import { registerCloseConfirm } from './listeners/actions/close-confirm';
import { registerRegisterFilter } from './listeners/actions/register-filter';
import { registerRegisterMark } from './listeners/actions/register-mark';
import { registerRegisterOpen } from './listeners/actions/register-open';
import { registerRegisterUndo } from './listeners/actions/register-undo';
import { registerIncidentCommand } from './listeners/commands/incident';
import { registerSensitiveNumberWarning } from './listeners/events/message-sensitive-numbers';
import { registerReactionAdded } from './listeners/events/reaction-added';
import { registerRecordDecisionShortcut } from './listeners/shortcuts/record-decision';
import { registerRegisterMarkSubmit } from './listeners/views/register-mark-submit';
import { timeAcks } from './middleware/ack-timer';

/** Listener registrations, one per file under listeners/<kind>/. */
const LISTENERS: ((app: App, deps: ListenerDeps) => void)[] = [
  registerIncidentCommand,
  registerChecklistToggle,
  registerCloseConfirm,
  registerCloseCancel,
  registerRegisterOpen,
  registerRegisterFilter,
  registerRegisterMark,
  registerRegisterUndo,
  registerRegisterMarkSubmit,
  registerRecordDecisionShortcut,
  registerReactionAdded,
  registerSensitiveNumberWarning,
];

export interface SlackAppOptions {
  env: Env;
  /** The record store's fail-fast connection: readiness, and the check before each act. */
  redis: Redis;
  /** The acts' context without the chat port, which is made here from Bolt's own client. */
  flows: Omit<FlowContext, 'chat'>;
  inFlight: InFlight;
  botUserId: string;
  botId: string;
  /** GET /metrics: the Prometheus exposition of this process. */
  renderMetrics: () => Promise<{ contentType: string; body: string }>;
}

/**
 * Readiness: 200 when the record store answers, 503 while it does not (take this process out of rotation;
 * commands would only be answered "nothing was recorded").
 */
function readinessRoute(redis: Redis): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      void redisAnswers(redis).then((ok) => {
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ redis: ok ? 'ok' : 'unreachable' }));
      });
    },
  };
}

function metricsRoute(render: SlackAppOptions['renderMetrics']): CustomRoute {
  return {
    path: '/metrics',
    method: ['GET'],
    handler: (_req, res) => {
      void render().then(
        ({ contentType, body }) => {
          res.writeHead(200, { 'content-type': contentType });
          res.end(body);
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    },
  };
}

/**
 * Liveness: 200 while the process serves HTTP at all, whatever Redis does. A Redis blip is not a reason to
 * restart the bot (it reconnects by itself); a restart would only cut off work in flight.
 */
const livenessRoute: CustomRoute = {
  path: '/livez',
  method: ['GET'],
  handler: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'ok' }));
  },
};

/**
 * The Bolt app. HTTP mode (the default) takes commands, interactivity and events on `POST /slack/events`,
 * each request signature-checked by Bolt; with SLACK_APP_TOKEN it uses Socket Mode instead. `/healthz`
 * (readiness), `/livez` (liveness) and `/metrics` (Prometheus) are served on PORT either way.
 */
export function createSlackApp(options: SlackAppOptions): { app: App; ctx: FlowContext } {
  const { env } = options;
  const common = {
    token: env.SLACK_BOT_TOKEN,
    customRoutes: [readinessRoute(options.redis), livenessRoute, metricsRoute(options.renderMetrics)],
    // Bolt's and its WebClient's own lines go through our logger, content-free (runtime/log.ts libraryLogger).
    logger: libraryLogger(options.flows.log, 'bolt') as unknown as Logger,
    // Never DEBUG for Bolt and its WebClient: at that level they log request payloads, which carry message
    // text and whatever personal data people typed. Our own LOG_LEVEL=debug stays content-free.
    logLevel:
      env.LOG_LEVEL === 'debug' ? LogLevel.INFO : LogLevel[env.LOG_LEVEL.toUpperCase() as 'INFO' | 'WARN' | 'ERROR'],
    // Rate limits (429) are waited out per retry-after; a Slack outage gives up within minutes, not the
    // default half hour, so a command's follow-up fails visibly instead of hanging.
    clientOptions: {
      ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
      retryConfig: retryPolicies.fiveRetriesInFiveMinutes,
    },
    // auth.test runs once at start (startBot) and gives the bot user id; no need for Bolt to repeat it.
    tokenVerificationEnabled: false,
    botUserId: options.botUserId,
    botId: options.botId,
  };
  const app = env.SLACK_APP_TOKEN
    ? new App({ ...common, appToken: env.SLACK_APP_TOKEN, socketMode: true, installerOptions: { port: env.PORT } })
    : new App({ ...common, signingSecret: env.SLACK_SIGNING_SECRET ?? '', processBeforeResponse: false });
  // Bolt builds its own WebClient; ours counts every call (adapters/metered-web-client.ts) and replaces it, so
  // that the chat port and the listeners' `client` (the same object for a single-token app) are measured.
  const client = new MeteredWebClient(options.flows.metrics, env.SLACK_BOT_TOKEN, {
    ...common.clientOptions,
    logger: common.logger,
    logLevel: common.logLevel,
  });
  app.client = client;
  timeAcks(app, options.flows.metrics);
  const ctx: FlowContext = { ...options.flows, chat: new SlackChat(client) };
  const deps: ListenerDeps = {
    ctx,
    inFlight: options.inFlight,
    recordStoreReady: () => options.redis.status === 'ready',
  };
  for (const register of LISTENERS) register(app, deps);
  app.error(async (error) => {
    ctx.log.error('bolt_error', { err: error });
  });
  return { app, ctx };
}
