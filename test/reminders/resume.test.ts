import { digestsOf } from '../../src/domain/reminders/reminder-digest';
import { planIncident } from '../../src/domain/reminders/reminder-plan';
import { IncidentStore } from '../../src/store/incident-store';
import { record } from './fixtures';
import { ReminderHarness } from './harness';

/**
 * A process that died between storing an incident's obligations and adding their jobs left reminders that
 * exist nowhere in the queue. A worker starting up puts them back; closed incidents stay silent.
 */
const h = new ReminderHarness(`test-resume-${process.pid}-${Date.now()}`);
const HOUR = 3_600_000;

beforeAll(() => h.start());
afterAll(() => h.stop());

test('a starting worker re-adds the missing reminders of open incidents, and only those', async () => {
  const now = Date.now();
  const triggerAt = new Date(now - HOUR).toISOString();
  const records = [
    record('gdpr/regulator', triggerAt, 72 * HOUR),
    record('us-ca/individuals', triggerAt, 30 * 24 * HOUR),
  ];
  // Stored, never scheduled: exactly the state a crash between the two writes leaves.
  const open = await h.seedIncident(records);
  const closed = await h.seedIncident(records);
  await new IncidentStore(h.redis, h.keys).update(closed.id, (i) => ({
    ...i,
    status: 'closed',
    closedAt: new Date().toISOString(),
  }));
  const scheduler = h.runtime(false).scheduler;
  expect(await scheduler.pending(open.id)).toHaveLength(0);

  const runtime = h.runtime(true);
  const resumed = await runtime.resumed;
  const expected = digestsOf(planIncident(open.id, records, { openedAt: open.openedAt, speed: 1 }, new Date())).map(
    (d) => d.id,
  );
  expect(expected.length).toBeGreaterThanOrEqual(6);
  expect(resumed).toMatchObject({ incidents: 1 });
  expect((await scheduler.pending(open.id)).map((j) => j.id).sort()).toEqual([...expected].sort());
  expect(await scheduler.pending(closed.id)).toHaveLength(0);

  // A second replica starting does not double anything: the same job ids, no new ones.
  await h.runtime(true).resumed;
  expect((await scheduler.pending(open.id)).map((j) => j.id).sort()).toEqual([...expected].sort());
});
