import { App, type CustomRoute, HTTPReceiver, LogLevel } from '@slack/bolt';
import { retryPolicies } from '@slack/web-api';
import type { Redis } from 'ioredis';
import type { FlowContext } from '../flows/context';
import type { Env } from '../runtime/env';
import type { InFlight } from '../runtime/in-flight';
import { redisAnswers } from '../store/connection';
import type { RedisKeys } from '../store/keys';
import { ReplayGuard } from '../store/replay-guard';
import { SlackChat } from './adapters/slack-chat';
import { checkSlackPayload } from './http/payload-shapes';
import { guardRequests } from './http/request-guard';
import type { ListenerDeps } from './listener-deps';
import { registerChecklistToggle } from './listeners/actions/checklist-toggle';
import { registerCloseCancel } from './listeners/actions/close-cancel';
import { registerCloseConfirm } from './listeners/actions/close-confirm';
import { registerIncidentCommand } from './listeners/commands/incident';
import { registerSensitiveNumberWarning } from './listeners/events/message-sensitive-numbers';
import { registerReactionAdded } from './listeners/events/reaction-added';
import { registerRecordDecisionShortcut } from './listeners/shortcuts/record-decision';

/** Listener registrations, one per file under listeners/<kind>/. */
const LISTENERS: ((app: App, deps: ListenerDeps) => void)[] = [
  registerIncidentCommand,
  registerChecklistToggle,
  registerCloseConfirm,
  registerCloseCancel,
  registerRecordDecisionShortcut,
  registerReactionAdded,
  registerSensitiveNumberWarning,
];

export interface SlackAppOptions {
  env: Env;
  redis: Redis;
  keys: RedisKeys;
  /** The acts' context without the chat port, which is made here from Bolt's own client. */
  flows: Omit<FlowContext, 'chat'>;
  inFlight: InFlight;
  botUserId: string;
  botId: string;
}

function healthRoute(redis: Redis): CustomRoute {
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

/**
 * Bolt's HTTP receiver with the request guard in front of it (src/slack/http/request-guard.ts): bodies read
 * within HTTP_MAX_BODY_BYTES, signatures checked, payload shapes checked, replays acknowledged and dropped.
 */
function guardedReceiver(options: SlackAppOptions, customRoutes: CustomRoute[], logLevel: LogLevel): HTTPReceiver {
  const { env } = options;
  const signingSecret = env.SLACK_SIGNING_SECRET ?? '';
  const endpoints = ['/slack/events'];
  const receiver = new HTTPReceiver({ signingSecret, endpoints, customRoutes, logLevel, processBeforeResponse: false });
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
 * each request signature-checked by Bolt; with SLACK_APP_TOKEN it uses Socket Mode instead. `/healthz` is
 * served on PORT either way.
 */
export function createSlackApp(options: SlackAppOptions): { app: App; ctx: FlowContext } {
  const { env } = options;
  const customRoutes = [healthRoute(options.redis)];
  const common = {
    token: env.SLACK_BOT_TOKEN,
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
    ? new App({
        ...common,
        customRoutes,
        appToken: env.SLACK_APP_TOKEN,
        socketMode: true,
        installerOptions: { port: env.PORT },
      })
    : new App({ ...common, receiver: guardedReceiver(options, customRoutes, common.logLevel) });
  if (env.SLACK_APP_TOKEN) guardSocketModePayloads(app, options.flows.log);
  const ctx: FlowContext = { ...options.flows, chat: new SlackChat(app.client) };
  const deps: ListenerDeps = { ctx, inFlight: options.inFlight };
  for (const register of LISTENERS) register(app, deps);
  app.error(async (error) => {
    ctx.log.error('bolt_error', { error: (error as Error).name, code: (error as { code?: string }).code });
  });
  return { app, ctx };
}
