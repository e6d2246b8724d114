import { diffObligations } from '../../src/domain/obligations/obligation-diff';
import { DAY, HOUR } from '../../src/domain/reminders/lead-times';
import { digestId } from '../../src/domain/reminders/reminder-digest';
import { record } from './fixtures';
import { ReminderHarness } from './harness';

/** Scheduling against real Redis and BullMQ, no worker running: which digest jobs, with which delays. */
const h = new ReminderHarness(`test-rem-sched-${process.pid}`);
beforeAll(() => h.start());
afterAll(() => h.stop());

const delays = (pending: { data: { kind: string }; delay: number }[], kind = 'reminders') =>
  pending.filter((p) => p.data.kind === kind).map((p) => p.delay);

describe('reminder scheduler', () => {
  it('schedules one digest per instant: lead times, due times and first escalations of all obligations', async () => {
    const { scheduler } = h.runtime(false);
    const now = new Date();
    const t0 = now.toISOString();
    const incident = await h.seedIncident([]);
    const records = [
      record('gdpr/regulator', t0, 72 * HOUR),
      record('uk-gdpr/regulator', t0, 72 * HOUR),
      record('us-ca/individuals', t0, 30 * DAY),
      record('gdpr/individuals', t0, null),
    ];
    const clock = { id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 };
    // 5 reminders for each dated obligation; GDPR and UK GDPR share every instant.
    expect(await scheduler.scheduleIncident(clock, records, now)).toBe(15);
    const pending = await scheduler.pending(incident.id);
    expect(delays(pending)).toEqual([
      48 * HOUR,
      68 * HOUR,
      71 * HOUR,
      72 * HOUR,
      23 * DAY,
      28 * DAY,
      29 * DAY,
      30 * DAY,
    ]);
    expect(delays(pending, 'escalations')).toEqual([96 * HOUR, 31 * DAY]);
    expect(pending.every((p) => p.id === p.data.digestId && p.state === 'delayed')).toBe(true);
    expect(pending[3]?.id).toBe(digestId(incident.id, 'reminders', now.getTime() + 72 * HOUR));
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

  it('on a facts change removes the digests nothing needs any more and adds the new ones', async () => {
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
    const untouched = (await scheduler.pending(incident.id)).filter((p) => p.delay >= 23 * DAY);

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
    expect(delays(pending)).toEqual(
      [20, 23, 24, 58, 78, 81, 82].map((h) => h * HOUR).concat([23, 28, 29, 30].map((d) => d * DAY)),
    );
    expect(delays(pending, 'escalations')).toEqual([28 * HOUR, 106 * HOUR, 31 * DAY]);
    // The unchanged obligation's digests are the very same jobs, added at the same moment.
    expect(pending.filter((p) => p.delay >= 23 * DAY).map((p) => [p.id, p.addedAt])).toEqual(
      untouched.map((p) => [p.id, p.addedAt]),
    );
    const old = await scheduler.queue.getJob(digestId(incident.id, 'reminders', now.getTime() + 72 * HOUR));
    expect(old).toBeUndefined();
  });

  it('after `notified`, removes the digests only that obligation needed; close removes them all', async () => {
    const { scheduler } = h.runtime(false);
    const now = new Date();
    const t0 = now.toISOString();
    const gdpr = record('gdpr/regulator', t0, 72 * HOUR);
    const ukGdpr = record('uk-gdpr/regulator', t0, 72 * HOUR);
    const ca = record('us-ca/individuals', t0, 30 * DAY);
    const incident = await h.seedIncident([gdpr, ukGdpr, ca]);
    const clock = { id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 };
    await scheduler.scheduleIncident(clock, [gdpr, ukGdpr, ca], now);
    expect(await scheduler.pending(incident.id)).toHaveLength(10);

    // GDPR done: UK GDPR still needs the shared digests.
    await h.markDone(incident.id, 'gdpr/regulator');
    expect(await scheduler.cancelObligations(incident.id, ['gdpr/regulator'])).toBe(5);
    expect(await scheduler.pending(incident.id)).toHaveLength(10);
    await h.markDone(incident.id, 'uk-gdpr/regulator');
    expect(await scheduler.cancelObligations(incident.id, ['uk-gdpr/regulator'])).toBe(5);
    expect((await scheduler.pending(incident.id)).map((p) => p.delay)).toEqual(
      [23, 28, 29, 30, 31].map((d) => d * DAY),
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
