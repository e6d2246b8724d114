import { useTestBot } from '../integration/test-bot';
import { GENERAL_CHANNEL_ID } from '../support/slack-simulator';

/**
 * Issue 10, item 1, in Socket Mode: payloads without Slack's shape (null, `user: null`, `event: null`) are
 * acknowledged and dropped before Bolt reads fields off them; the bot keeps answering. (An events_api envelope
 * with `event: null` is not sent: @slack/socket-mode itself reads `payload.event.type` before anything of the
 * app runs. Only Slack can send on this socket, which the app opened with its app token.)
 */
const { sim } = useTestBot({
  name: 'test-socket-payloads',
  env: (sim) => ({ REMINDER_WORKER: 'off', SLACK_APP_TOKEN: sim.appToken }),
});

beforeAll(async () => {
  await sim.socketMode.waitForConnection();
});

test('malformed envelopes are acknowledged and dropped; the bot still answers', async () => {
  const malformed = [
    { type: 'interactive' as const, payload: null },
    { type: 'interactive' as const, payload: { type: 'block_actions', user: null, actions: [] } },
    { type: 'interactive' as const, payload: { type: 'message_action', user: { id: 'UALICE' }, channel: null } },
    { type: 'events_api' as const, payload: { type: 'event_callback', event: { type: 'reaction_added', item: null } } },
    { type: 'slash_commands' as const, payload: { command: '/incident', user_id: null, channel_id: 'C1' } },
  ];
  for (const envelope of malformed) {
    const ack = await sim.socketMode.request(envelope as Parameters<typeof sim.socketMode.request>[0], {
      timeoutMs: 5000,
    });
    expect(ack.envelope_id).toBeTruthy();
  }
  const help = await sim.socketMode.request(
    sim.socketMode.slashCommandEnvelope({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID }),
  );
  expect(JSON.stringify(help.payload)).toContain('/incident');
});
