/**
 * Slack Web API simulator for integration tests. Point the app's WebClient at it with
 * `clientOptions: { slackApiUrl: sim.apiUrl }` (SLACK_API_URL=<sim.url>/api/).
 *
 *   const sim = await startSlackSimulator();
 *   ...
 *   const post = await sim.waitForCall('chat.postMessage', (c) => c.args.channel === channelId);
 *   await sim.stop();
 */

export type { WaitOptions } from './recorder';
export { BLOCK_LIMITS, blocksTextLength, checkBlocks } from './slack-simulator/block-limits';
export { SlackSimulator, startSlackSimulator } from './slack-simulator/server';
export type {
  SocketAck,
  SocketConnection,
  SocketEnvelope,
  SocketModeOptions,
  SocketSlashCommand,
} from './slack-simulator/socket-mode';
export { SocketModeServer } from './slack-simulator/socket-mode';
export {
  DEFAULT_APP_TOKEN,
  DEFAULT_BOT,
  DEFAULT_BOT_TOKEN,
  DEFAULT_TEAM_DOMAIN,
  DEFAULT_TEAM_ID,
  DEFAULT_USERS,
  GENERAL_CHANNEL_ID,
  SlackState,
} from './slack-simulator/state';
export type * from './slack-simulator/types';
