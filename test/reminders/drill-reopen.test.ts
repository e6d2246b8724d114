import type { Job } from 'bullmq';
import { reopened } from '../../src/domain/incidents/incident-lifecycle';
import { IncidentStore } from '../../src/store/incident-store';
import { ReminderHarness } from './harness';

/**
 * Issue 12: a drill that closed itself (DRILL_AUTO_CLOSE_HOURS, default 24) and was then reopened, on real
 * BullMQ. Its finished timer is dropped from the queue after a day (removeOnComplete); the reminders are
 * scheduled again at the reopen and at every worker start. The reopened drill must not be closed at once by
 * its first timer: it gets a timer of its own, due the full time after the reopen, and closes itself then.
 */
const h = new ReminderHarness(`test-drill-reopen-${process.pid}`);
beforeAll(() => h.start());
afterAll(() => h.stop());

const HOUR = 3600_000;
const AUTO_CLOSE_MS = 24 * HOUR;

test('a reopened drill closes itself a full DRILL_AUTO_CLOSE_HOURS after the reopen, never at once by its first timer', async () => {
  const incidents = new IncidentStore(h.redis, h.keys);
  const first = h.runtime();
  const queue = first.scheduler.queue;
  const autoCloses = async (id: string, states: ('delayed' | 'waiting' | 'active' | 'completed')[]) =>
    (await queue.getJobs(states)).filter(
      (j: Job) => j.name === 'drill-auto-close' && (j.data as { incidentId?: string }).incidentId === id,
    );

  // A drill opened 30 hours ago: its auto-close was due 6 hours ago, so the worker closes it now.
  const drill = await h.seedIncident([], { speed: 3600, openedAt: new Date(Date.now() - 30 * HOUR) });
  expect(drill.drill).toBe(true);
  await first.scheduler.scheduleIncident(drill, [], new Date());
  const [firstTimer] = await autoCloses(drill.id, ['delayed', 'waiting', 'active', 'completed']);
  if (!firstTimer?.id) throw new Error('no auto-close job was queued');
  expect(await h.waitForOutcome(firstTimer.id)).toEqual({ closed: true });
  expect(await incidents.get(drill.id)).toMatchObject({ status: 'closed' });

  // Someone reopens it (the record as /incident reopen stores it, then its reminders scheduled again) …
  const reopenedAt = new Date();
  const record = await incidents.update(drill.id, (current) => reopened(current, reopenedAt, 'UALICE').next);
  await first.scheduler.scheduleIncident(record, [], new Date());
  // … a day later BullMQ has dropped the finished timer, and the worker restarts (its start schedules again).
  await (await queue.getJob(firstTimer.id))?.remove();
  await h.close(first);
  const restarted = h.runtime();
  await restarted.resumed;

  // Still open; its one pending timer is the reopen's, due DRILL_AUTO_CLOSE_HOURS after the reopen.
  expect(await incidents.get(drill.id)).toMatchObject({ status: 'open', reopens: 1 });
  expect(await autoCloses(drill.id, ['waiting', 'active'])).toEqual([]);
  const pending = await autoCloses(drill.id, ['delayed']);
  expect(pending.map((j) => j.data)).toEqual([{ incidentId: drill.id, reopens: 1 }]);
  const runAt = (pending[0]?.timestamp ?? 0) + (pending[0]?.delay ?? 0);
  expect(Math.abs(runAt - (reopenedAt.getTime() + AUTO_CLOSE_MS))).toBeLessThan(60_000);

  // The first life's timer, queued again as a build before this one would (its data names no reopen),
  // runs and leaves the reopened drill alone.
  const stale = await queue.add('drill-auto-close', { incidentId: drill.id }, { jobId: firstTimer.id });
  expect(await h.waitForOutcome(String(stale.id))).toEqual({ closed: false });
  expect(await incidents.get(drill.id)).toMatchObject({ status: 'open' });

  // When the reopen's time is up (the test runs the delayed job now), the drill closes itself again.
  const reopenTimer = String(pending[0]?.id);
  await h.promote(reopenTimer);
  expect(await h.waitForOutcome(reopenTimer)).toEqual({ closed: true });
  expect(await incidents.get(drill.id)).toMatchObject({ status: 'closed', reopens: 1 });
});
