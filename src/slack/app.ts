import { App, LogLevel, type CustomRoute } from '@slack/bolt';
import { retryPolicies } from '@slack/web-api';
import type { BotServices } from './bot-services';
import { registerChecklistToggle } from './listeners/actions/checklist-toggle';
import { registerIncidentCommand } from './listeners/commands/incident';
import { registerCloseCancel } from './listeners/actions/close-cancel';
import { registerCloseConfirm } from './listeners/actions/close-confirm';
import { registerSensitiveNumberWarning } from './listeners/events/message-sensitive-numbers';
import { registerReactionAdded } from './listeners/events/reaction-added';
import { registerRecordDecisionShortcut } from './listeners/shortcuts/record-decision';
import { redisAnswers } from '../store/connection';

/** Listener registrations, one per file under listeners/<kind>/. Later features add theirs here. */
export const LISTENERS: ((app: App, services: BotServices) => void)[] = [
  registerIncidentCommand,
  registerChecklistToggle,
  // Decision record (issue 5): shortcut, :pushpin:, close confirmation, personal-number warning.
  registerRecordDecisionShortcut,
  registerReactionAdded,
  registerCloseConfirm,
  registerCloseCancel,
  registerSensitiveNumberWarning,
];

function healthRoute(services: BotServices): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      void redisAnswers(services.redis).then((ok) => {
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
export function createSlackApp(services: BotServices): App {
  const { env } = services;
  const common = {
    token: env.SLACK_BOT_TOKEN,
    customRoutes: [healthRoute(services)],
    // Never DEBUG for Bolt and its WebClient: at that level they log request payloads, which carry message
    // text and whatever personal data people typed. Our own LOG_LEVEL=debug stays content-free.
    logLevel: env.LOG_LEVEL === 'debug' ? LogLevel.INFO : LogLevel[env.LOG_LEVEL.toUpperCase() as 'INFO' | 'WARN' | 'ERROR'],
    // Rate limits (429) are waited out per retry-after; a Slack outage gives up within minutes, not the
    // default half hour, so a command's follow-up fails visibly instead of hanging.
    clientOptions: {
      ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
      retryConfig: retryPolicies.fiveRetriesInFiveMinutes,
    },
    // auth.test runs once at start (startBot) and gives the bot user id; no need for Bolt to repeat it.
    tokenVerificationEnabled: false,
    botUserId: services.botUserId,
    botId: services.botId,
  };
  const app = env.SLACK_APP_TOKEN
    ? new App({ ...common, appToken: env.SLACK_APP_TOKEN, socketMode: true, installerOptions: { port: env.PORT } })
    : new App({ ...common, signingSecret: env.SLACK_SIGNING_SECRET ?? '', processBeforeResponse: false });
  for (const register of LISTENERS) register(app, services);
  app.error(async (error) => {
    services.log.error('bolt_error', { error: (error as Error).name, code: (error as { code?: string }).code });
  });
  return app;
}
