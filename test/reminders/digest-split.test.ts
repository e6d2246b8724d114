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

test('150 notices due at one instant: split into parts, "part 1 of n" …, each accepted, each notice once', async () => {
  const runtime = h.runtime();
  const due = Date.now() + 900;
  const records: ObligationRecord[] = Array.from({ length: 150 }, (_, i) =>
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
  const outcome = (await h.waitForOutcome(id, 15_000)) as { outcome: string; posts: number; reminders: number };
  expect(outcome).toMatchObject({ outcome: 'posted', reminders: 150 });
  const n = outcome.posts;
  expect(n).toBeGreaterThanOrEqual(2);
  const posts = h.reminderPosts(false);
  expect(posts.map((c) => [h.reminderIdOf(c), c.response.ok])).toEqual(
    Array.from({ length: n }, (_, i) => [i === 0 ? id : `${id}|part-${i + 1}`, true]),
  );
  for (const [i, post] of posts.entries()) {
    expect(checkBlocks(post.args.blocks ?? [], 'message')).toEqual({ ok: true });
    expect(JSON.stringify(post.args.blocks)).toContain(`(part ${i + 1} of ${n})`);
  }
  expect(posts.flatMap((c) => h.obligationsIn(c)).sort()).toEqual(records.map((r) => r.id).sort());
  await h.close(runtime);
});
