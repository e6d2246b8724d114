import { diffObligations } from '../../src/domain/obligations/obligation-diff';
import { DAY, HOUR } from '../../src/domain/reminders/lead-times';
import { record } from './fixtures';
import { ReminderHarness } from './harness';

/** Scheduling against real Redis and BullMQ, no worker running: which jobs, with which delays. */
const h = new ReminderHarness(`test-rem-sched-${process.pid}`);
beforeAll(() => h.start());
afterAll(() => h.stop());

describe('reminder scheduler', () => {
  it('schedules each open obligation at its lead times, due time and first escalation', async () => {
    const { scheduler } = h.runtime(false);
    const now = new Date();
    const t0 = now.toISOString();
    const incident = await h.seedIncident([]);
    const records = [
      record('gdpr/regulator', t0, 72 * HOUR),
      record('us-ca/individuals', t0, 30 * DAY),
      record('gdpr/individuals', t0, null),
    ];
    const clock = { id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 };
    expect(await scheduler.scheduleIncident(clock, records, now)).toBe(10);
    const pending = await scheduler.pending(incident.id);
    const byObligation = (id: string) =>
      pending
        .filter((p) => p.data.obligationId === id)
        .map((p) => [p.data.kind, p.data.leadMs ?? p.data.n ?? null, p.delay, p.state]);
    expect(byObligation('gdpr/regulator')).toEqual([
      ['before', 24 * HOUR, 48 * HOUR, 'delayed'],
      ['before', 4 * HOUR, 68 * HOUR, 'delayed'],
      ['before', HOUR, 71 * HOUR, 'delayed'],
      ['due', null, 72 * HOUR, 'delayed'],
      ['overdue', 1, 96 * HOUR, 'delayed'],
    ]);
    expect(byObligation('us-ca/individuals').map((r) => r[2])).toEqual([
      23 * DAY,
      28 * DAY,
      29 * DAY,
      30 * DAY,
      31 * DAY,
    ]);
    expect(byObligation('gdpr/individuals')).toEqual([]);
    expect(pending.every((p) => p.id === p.data.reminderId)).toBe(true);
  });

  it('treats a second add of the same plan as a no-op', async () => {
    const { scheduler } = h.runtime(false);
    const now = new Date();
    const incident = await h.seedIncident([]);
    const records = [record('gdpr/regulator', now.toISOString(), 72 * HOUR)];
    const clock = { id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 };
    await scheduler.scheduleIncident(clock, records, now);
    const first = await scheduler.pending(incident.id);
    await scheduler.scheduleIncident(clock, records, new Date(now.getTime() + 1000));
    const second = await scheduler.pending(incident.id);
    expect(second.map((p) => [p.id, p.addedAt, p.delay])).toEqual(first.map((p) => [p.id, p.addedAt, p.delay]));
  });

  it('on a facts change moves and removes exactly the affected jobs', async () => {
    const { scheduler } = h.runtime(false);
    const now = new Date();
    const t0 = now.toISOString();
    const incident = await h.seedIncident([]);
    const clock = { id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 };
    const before = [
      record('gdpr/regulator', t0, 72 * HOUR),
      record('us-ca/individuals', t0, 30 * DAY),
      record('sec-8k/regulator', t0, 4 * DAY),
    ];
    await scheduler.scheduleIncident(clock, before, now);
    const untouched = (await scheduler.pending(incident.id)).filter((p) => p.data.obligationId === 'us-ca/individuals');

    // GDPR's clock now starts 10 hours later, SEC no longer applies, NIS2 comes in.
    const later = new Date(now.getTime() + 10 * HOUR).toISOString();
    const after = [
      record('gdpr/regulator', later, 72 * HOUR),
      record('us-ca/individuals', t0, 30 * DAY),
      record('nis2/regulator', t0, 24 * HOUR),
    ];
    const result = await scheduler.reschedule(clock, diffObligations(before, after), after, now);
    expect(result).toEqual({ removed: 5 + 5, added: 5 + 4 });

    const pending = await scheduler.pending(incident.id);
    expect(pending.filter((p) => p.data.obligationId === 'sec-8k/regulator')).toEqual([]);
    expect(pending.filter((p) => p.data.obligationId === 'gdpr/regulator').map((p) => p.delay)).toEqual(
      [58, 78, 81, 82, 106].map((h) => h * HOUR),
    );
    expect(pending.filter((p) => p.data.obligationId === 'nis2/regulator').map((p) => p.delay)).toEqual(
      [20, 23, 24, 28].map((h) => h * HOUR),
    );
    // The unchanged obligation's jobs are the very same jobs, added at the same moment.
    expect(pending.filter((p) => p.data.obligationId === 'us-ca/individuals').map((p) => [p.id, p.addedAt])).toEqual(
      untouched.map((p) => [p.id, p.addedAt]),
    );
    const old = await scheduler.queue.getJob(`${incident.id}|gdpr/regulator|due|${Date.parse(t0) + 72 * HOUR}`);
    expect(old).toBeUndefined();
  });

  it('cancels an obligation’s reminders, and every reminder of an incident', async () => {
    const { scheduler } = h.runtime(false);
    const now = new Date();
    const t0 = now.toISOString();
    const incident = await h.seedIncident([]);
    const clock = { id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 };
    await scheduler.scheduleIncident(
      clock,
      [record('gdpr/regulator', t0, 72 * HOUR), record('us-ca/individuals', t0, 30 * DAY)],
      now,
    );
    expect(await scheduler.cancelObligations(incident.id, ['gdpr/regulator'])).toBe(5);
    expect(new Set((await scheduler.pending(incident.id)).map((p) => p.data.obligationId))).toEqual(
      new Set(['us-ca/individuals']),
    );
    expect(await scheduler.cancelIncident(incident.id)).toBe(5);
    expect(await scheduler.pending(incident.id)).toEqual([]);
    // Gone from the queue itself, not only from the incident's index.
    for (const state of ['delayed', 'wait', 'active'] as const) {
      const jobs = await scheduler.queue.getJobs([state]);
      expect(jobs.filter((j) => j.data.incidentId === incident.id)).toEqual([]);
    }
    expect(await h.redis.scard(h.keys.reminderJobs(incident.id))).toBe(0);
  });
});
