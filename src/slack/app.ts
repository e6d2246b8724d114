import { App, type CustomRoute, HTTPReceiver, type Logger, LogLevel } from '@slack/bolt';
import { retryPolicies } from '@slack/web-api';
import type { Redis } from 'ioredis';
import type { FlowContext } from '../flows/context';
import type { Env } from '../runtime/env';
import type { InFlight } from '../runtime/in-flight';
import { libraryLogger } from '../runtime/log';
import { redisAnswers } from '../store/connection';
import type { RedisKeys } from '../store/keys';
import { ReplayGuard } from '../store/replay-guard';
import { UserNameStore } from '../store/user-names';
import { MeteredWebClient } from './adapters/metered-web-client';
import { SlackChat } from './adapters/slack-chat';
import { SlackRegisterFiles } from './adapters/slack-register-files';
import { PacedWebClient } from './adapters/slack-web-client';
import { checkSlackPayload } from './http/payload-shapes';
import { guardRequests } from './http/request-guard';
import type { ListenerDeps } from './listener-deps';
import { registerChecklistAdd } from './listeners/actions/checklist-add';
import { registerChecklistCheck } from './listeners/actions/checklist-check';
import { registerChecklistOwner } from './listeners/actions/checklist-owner';
import { registerChecklistToggle } from './listeners/actions/checklist-toggle';
import { registerCloseCancel } from './listeners/actions/close-cancel';
import { registerCloseConfirm } from './listeners/actions/close-confirm';
import { registerFactsFormOpen } from './listeners/actions/facts-form-open';
import { registerHeaderLifecycle } from './listeners/actions/header-lifecycle';
import { registerHomeDeclare } from './listeners/actions/home-declare';
import { registerRegisterExport } from './listeners/actions/register-export';
import { registerRegisterFilter } from './listeners/actions/register-filter';
import { registerRegisterMark } from './listeners/actions/register-mark';
import { registerRegisterOpen } from './listeners/actions/register-open';
import { registerRegisterUndo } from './listeners/actions/register-undo';
import { registerReminderMarkNotified } from './listeners/actions/reminder-mark-notified';
import { registerIncidentCommand } from './listeners/commands/incident';
import { registerAppHomeOpened } from './listeners/events/app-home-opened';
import { registerSensitiveNumberWarning } from './listeners/events/message-sensitive-numbers';
import { registerReactionAdded } from './listeners/events/reaction-added';
import { registerDeclareGroupOptions } from './listeners/options/declare-groups';
import { registerDeclareBreachShortcut } from './listeners/shortcuts/declare-breach';
import { registerRecordDecisionShortcut } from './listeners/shortcuts/record-decision';
import { registerDeclareSubmit } from './listeners/views/declare-submit';
import { registerFactsFormSubmit } from './listeners/views/facts-form-submit';
import { registerLifecycleSubmit } from './listeners/views/lifecycle-submit';
import { registerRegisterMarkSubmit } from './listeners/views/register-mark-submit';
import { timeAcks } from './middleware/ack-timer';

/** Listener registrations, one per file under listeners/<kind>/. */
const LISTENERS: ((app: App, deps: ListenerDeps) => void)[] = [
  registerIncidentCommand,
  registerChecklistToggle,
  registerChecklistCheck,
  registerChecklistOwner,
  registerChecklistAdd,
  registerCloseConfirm,
  registerCloseCancel,
  registerRegisterOpen,
  registerRegisterFilter,
  registerRegisterMark,
  registerRegisterUndo,
  registerRegisterMarkSubmit,
  registerFactsFormOpen,
  registerFactsFormSubmit,
  registerReminderMarkNotified,
  registerRegisterExport,
  registerRecordDecisionShortcut,
  registerReactionAdded,
  registerSensitiveNumberWarning,
  registerDeclareBreachShortcut,
  registerDeclareSubmit,
  registerDeclareGroupOptions,
  registerAppHomeOpened,
  registerHomeDeclare,
  registerHeaderLifecycle,
  registerLifecycleSubmit,
];

export interface SlackAppOptions {
  env: Env;
  /** The record store's fail-fast connection: readiness, and the check before each act. */
  redis: Redis;
  keys: RedisKeys;
  /** The acts' context without the chat port, which is made here from Bolt's own client. */
  flows: Omit<FlowContext, 'chat'>;
  inFlight: InFlight;
  botUserId: string;
  botId: string;
  /** The Home tab's records and platform (bot.ts wires them with the refresh queue). */
  home?: ListenerDeps['home'];
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
 * Bolt's HTTP receiver with the request guard in front of it (src/slack/http/request-guard.ts): bodies read
 * within HTTP_MAX_BODY_BYTES, signatures checked, payload shapes checked, replays acknowledged and dropped.
 */
function guardedReceiver(
  options: SlackAppOptions,
  customRoutes: CustomRoute[],
  logLevel: LogLevel,
  logger: Logger,
): HTTPReceiver {
  const { env } = options;
  const signingSecret = env.SLACK_SIGNING_SECRET ?? '';
  const endpoints = ['/slack/events'];
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints,
    customRoutes,
    logLevel,
    logger,
    processBeforeResponse: false,
  });
  receiver.requestListener = guardRequests(receiver.requestListener, {
    signingSecret,
    endpoints,
    maxBodyBytes: env.HTTP_MAX_BODY_BYTES,
    replays: new ReplayGuard(options.redis, options.keys),
    log: options.flows.log,
  });
  return receiver;
}

/**
 * Socket Mode has no HTTP body, signature or replay to check (the socket is authenticated by the app token),
 * but its payloads reach Bolt's router just the same: one without Slack's shape is acknowledged and dropped
 * before Bolt reads fields off it.
 */
function guardSocketModePayloads(app: App, log: SlackAppOptions['flows']['log']): void {
  const route = app.processEvent.bind(app);
  app.processEvent = async (event) => {
    const shape = checkSlackPayload(event.body);
    if (shape.ok) return route(event);
    log.warn('request_refused', { reason: shape.reason, mode: 'socket' });
    await event.ack();
  };
}

/**
 * The Bolt app. HTTP mode (the default) takes commands, interactivity and events on `POST /slack/events`,
 * each request signature-checked by Bolt; with SLACK_APP_TOKEN it uses Socket Mode instead. `/healthz`
 * (readiness), `/livez` (liveness) and `/metrics` (Prometheus) are served on PORT either way.
 */
export function createSlackApp(options: SlackAppOptions): { app: App; ctx: FlowContext } {
  const { env } = options;
  const customRoutes = [readinessRoute(options.redis), livenessRoute, metricsRoute(options.renderMetrics)];
  const common = {
    token: env.SLACK_BOT_TOKEN,
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
      timeout: env.SLACK_CALL_TIMEOUT_MS,
    },
    // auth.test runs once at start (startBot) and gives the bot user id; no need for Bolt to repeat it.
    tokenVerificationEnabled: false,
    botUserId: options.botUserId,
    botId: options.botId,
  };
  const app = env.SLACK_APP_TOKEN
    ? new App({
        ...common,
        customRoutes,
        appToken: env.SLACK_APP_TOKEN,
        socketMode: true,
        installerOptions: { port: env.PORT },
      })
    : new App({ ...common, receiver: guardedReceiver(options, customRoutes, common.logLevel, common.logger) });
  if (env.SLACK_APP_TOKEN) guardSocketModePayloads(app, options.flows.log);
  // Bolt builds its own WebClient; ours counts every call (adapters/metered-web-client.ts) and replaces it, so
  // that the chat port and the listeners' `client` (the same object for a single-token app) are measured.
  const client = new MeteredWebClient(options.flows.metrics, env.SLACK_BOT_TOKEN, {
    ...common.clientOptions,
    logger: common.logger,
    logLevel: common.logLevel,
  });
  app.client = client;
  timeAcks(app, options.flows.metrics);
  // The acts call Slack through their own client: a timeout on every call, retries only where safe, and 429s
  // waited out per method and channel (Bolt's client would pause all calls behind one channel's limit).
  const actsClient = new PacedWebClient(
    options.flows.metrics,
    env.SLACK_BOT_TOKEN,
    { ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}), logger: common.logger },
    {
      timeoutMs: env.SLACK_CALL_TIMEOUT_MS,
      retries: env.SLACK_RETRIES,
      rateLimitWaitMs: env.SLACK_RATE_LIMIT_WAIT_MS,
    },
  );
  const ctx: FlowContext = { ...options.flows, chat: new SlackChat(actsClient, env.SLACK_CALL_TIMEOUT_MS) };
  const registerFiles = new SlackRegisterFiles(client, new UserNameStore(options.redis, options.keys));
  const deps: ListenerDeps = {
    ctx,
    inFlight: options.inFlight,
    recordStoreReady: () => options.redis.status === 'ready',
    registerFiles,
    ...(options.home ? { home: options.home } : {}),
  };
  for (const register of LISTENERS) register(app, deps);
  app.error(async (error) => {
    ctx.log.error('bolt_error', { err: error });
  });
  return { app, ctx };
}
