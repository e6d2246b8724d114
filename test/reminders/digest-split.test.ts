import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { HOUR } from '../../src/domain/reminders/lead-times';
import { digestId } from '../../src/domain/reminders/reminder-digest';
import { checkBlocks } from '../support/slack-simulator';
import { record } from './fixtures';
import { ReminderHarness } from './harness';

/**
 * A digest too long for one Slack message, through a real worker to the simulator (which refuses what Slack
 * refuses): split into parts, each accepted, each posted once under its own id, every notice listed once.
 */
const h = new ReminderHarness(`test-rem-split-${process.pid}`);
beforeAll(() => h.start());
afterAll(() => h.stop());

test('60 state notices due at one instant: two messages, part 1 of 2 and part 2 of 2, nothing refused', async () => {
  const runtime = h.runtime();
  const due = Date.now() + 900;
  const records: ObligationRecord[] = Array.from({ length: 60 }, (_, i) =>
    record(`us-s${String(i).padStart(2, '0')}/regulator`, new Date(due - 72 * HOUR).toISOString(), 72 * HOUR, {
      recipientName: `Attorney General of state number ${i}, consumer protection division (online breach portal)`,
    }),
  );
  const incident = await h.seedIncident(records);
  await runtime.scheduler.scheduleIncident(
    { id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 },
    records,
    new Date(),
  );
  const id = digestId(incident.id, 'reminders', Date.parse(records[0]?.dueAt ?? ''));
  expect(await h.waitForOutcome(id, 15_000)).toMatchObject({ outcome: 'posted', posts: 2, reminders: 60 });
  const posts = h.reminderPosts(false);
  expect(posts.map((c) => [h.reminderIdOf(c), c.response.ok])).toEqual([
    [id, true],
    [`${id}|part-2`, true],
  ]);
  for (const post of posts) expect(checkBlocks(post.args.blocks ?? [], 'message')).toEqual({ ok: true });
  expect(JSON.stringify(posts[0]?.args.blocks)).toContain('(part 1 of 2)');
  expect(JSON.stringify(posts[1]?.args.blocks)).toContain('(part 2 of 2)');
  expect(posts.flatMap((c) => h.obligationsIn(c)).sort()).toEqual(records.map((r) => r.id).sort());
  await h.close(runtime);
});
