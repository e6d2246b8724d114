import { GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { useTestBot } from './test-bot';

/** INCIDENT_CHANNEL_NAMES=neutral with a custom prefix: the channel name reveals nothing of the subject. */
const { sim, t } = useTestBot({
  name: 'test-neutral',
  env: { INCIDENT_CHANNEL_NAMES: 'neutral', INCIDENT_CHANNEL_PREFIX: 'sec', REMINDER_WORKER: 'off' },
});

test('the channel is sec-YYYYMMDD-<two words>: the name holds no word of the title', async () => {
  const res = await t.slack.slashCommand({
    text: 'open Payroll SSN breach at Acme vendor',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  await sim.waitForResponse(res.responseUrlId);
  const created = sim.calls('conversations.create').find((c) => c.response.ok)!;
  const name = String(created.args.name);
  const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  expect(name).toMatch(new RegExp(`^sec-${today}-[a-z]+-[a-z]+$`));
  expect(name).not.toMatch(/payroll|ssn|breach|acme|vendor/);
  expect(created.args.is_private).toBe('true');
});
