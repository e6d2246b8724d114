import { capturingLog, useTestBot } from './test-bot';

/**
 * A clock falling due changes the Home without anyone acting: the reminder digest posted at the due time
 * re-publishes the Home of a recent viewer, now counting the notice overdue.
 */
const { sim, t } = useTestBot({ name: 'test-app-home-due', env: { REMINDER_WORKER: 'on' }, log: capturingLog() });

const homeText = (view: unknown) => JSON.stringify((view as { blocks?: unknown })?.blocks);

test('the reminder at the due time re-publishes the Home with the notice overdue', async () => {
  // GDPR’s 72 hours from a discovery 72 hours less 15 seconds ago: due in 15 seconds.
  const discovered = new Date(Date.now() - 72 * 3600_000 + 15_000).toISOString().slice(0, 19);
  const res = await t.slack.slashCommand({
    text: `open Clock running out --regimes gdpr --discovered ${discovered}Z`,
    user_id: 'UALICE',
    channel_id: 'C0GENERAL',
  });
  const opened = await sim.waitForResponse(res.responseUrlId);
  const incidentId = /\*(INC-[\w-]+)\*/.exec(String(opened.body.text))?.[1] ?? '';
  const channelId = /<#(\w+)>/.exec(String(opened.body.text))?.[1] ?? '';
  const records = (await t.bot.ctx.deadlines.get(incidentId))?.obligations ?? [];
  const next = Math.min(...records.filter((o) => o.dueAt && !o.doneAt).map((o) => Date.parse(o.dueAt ?? '')));
  expect(next - Date.now()).toBeLessThan(20_000);
  expect(next).toBeGreaterThan(Date.now());

  const since = sim.mark();
  await t.slack.appHomeOpened({ user_id: 'UALICE' });
  const before = await sim.waitForCall('views.publish', (c) => c.seq > since && c.args.user_id === 'UALICE');
  expect(homeText(before.response.view)).toContain('· 0 overdue');

  const digest = await sim.waitForCall(
    'chat.postMessage',
    (c) => c.seq > before.seq && c.args.channel === channelId && JSON.stringify(c.args).includes('breachbot_reminder'),
    30_000,
  );
  const after = await sim.waitForCall(
    'views.publish',
    (c) => c.seq > digest.seq && c.args.user_id === 'UALICE',
    10_000,
  );
  expect(after.response.ok).toBe(true);
  expect(homeText(after.response.view)).toMatch(/:rotating_light: \*\d+ overdue\*/);
});
