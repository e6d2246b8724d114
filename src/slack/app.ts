import { App, type CustomRoute, LogLevel } from '@slack/bolt';
import { retryPolicies } from '@slack/web-api';
import type { Redis } from 'ioredis';
import type { FlowContext } from '../flows/context';
import type { Env } from '../runtime/env';
import type { InFlight } from '../runtime/in-flight';
import { redisAnswers } from '../store/connection';
import { SlackChat } from './adapters/slack-chat';
import type { ListenerDeps } from './listener-deps';
import { registerChecklistAdd } from './listeners/actions/checklist-add';
import { registerChecklistCheck } from './listeners/actions/checklist-check';
import { registerChecklistOwner } from './listeners/actions/checklist-owner';
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
  registerChecklistCheck,
  registerChecklistOwner,
  registerChecklistAdd,
  registerCloseConfirm,
  registerCloseCancel,
  registerRecordDecisionShortcut,
  registerReactionAdded,
  registerSensitiveNumberWarning,
];

export interface SlackAppOptions {
  env: Env;
  redis: Redis;
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
 * The Bolt app. HTTP mode (the default) takes commands, interactivity and events on `POST /slack/events`,
 * each request signature-checked by Bolt; with SLACK_APP_TOKEN it uses Socket Mode instead. `/healthz` is
 * served on PORT either way.
 */
export function createSlackApp(options: SlackAppOptions): { app: App; ctx: FlowContext } {
  const { env } = options;
  const common = {
    token: env.SLACK_BOT_TOKEN,
    customRoutes: [healthRoute(options.redis)],
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
  const ctx: FlowContext = { ...options.flows, chat: new SlackChat(app.client) };
  const deps: ListenerDeps = { ctx, inFlight: options.inFlight };
  for (const register of LISTENERS) register(app, deps);
  app.error(async (error) => {
    ctx.log.error('bolt_error', { error: (error as Error).name, code: (error as { code?: string }).code });
  });
  return { app, ctx };
}
