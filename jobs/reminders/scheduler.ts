import type { Redis } from 'ioredis';
import { incidentClock } from '../../src/domain/incidents/incident';
import type { ObligationDiff } from '../../src/domain/obligations/obligation-diff';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { digestsOf, parseDigestId } from '../../src/domain/reminders/reminder-digest';
import { type PlannedReminder, planIncident, planReminders } from '../../src/domain/reminders/reminder-plan';
import type { ReminderIncident, ReminderScheduling } from '../../src/flows/ports/reminder-scheduling';
import { type BotMetrics, noMetrics } from '../../src/runtime/metrics';
import { DeadlineStore } from '../../src/store/deadline-store';
import { IncidentStore } from '../../src/store/incident-store';
import type { RedisKeys } from '../../src/store/keys';
import { type DigestJobData, digestJobDataSchema, drillCloseJobId, jobDataOf } from './job-data';
import { DRILL_CLOSE_JOB, REMINDER_JOB, type ReminderQueue } from './queue';

export interface ScheduledDigest {
  id: string;
  data: DigestJobData;
  /** When BullMQ will run it (epoch ms), and the delay it was added with. */
  runAt: number;
  delay: number;
  /** When it was added (epoch ms): unchanged when an add was a no-op. */
  addedAt: number;
  state: string;
}

/**
 * Puts reminder digests on the queue and takes them off. A digest is one delayed job per incident, kind
 * (reminders, escalations) and wall-clock instant, whose id says all three, so adding one that is already there
 * is a no-op however many reminders fall into it. Each incident keeps the set of its pending digest ids
 * (`keys.reminderJobs`); a digest no reminder still needs is removed, without scanning the queue.
 */
export class ReminderScheduler implements ReminderScheduling {
  private readonly incidents: IncidentStore;
  private readonly deadlines: DeadlineStore;

  constructor(
    readonly queue: ReminderQueue,
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly metrics: BotMetrics = noMetrics,
    /** Wall-clock time after opening at which a drill closes itself; 0: never. */
    private readonly drillAutoCloseMs = 0,
  ) {
    this.incidents = new IncidentStore(redis, keys);
    this.deadlines = new DeadlineStore(redis, keys);
  }

  /** Adds the digests planned reminders fall into (idempotent). Returns how many reminders that covers. */
  async add(reminders: readonly PlannedReminder[], now: Date): Promise<number> {
    if (reminders.length === 0) return 0;
    const digests = digestsOf(reminders);
    const byIncident = new Map<string, string[]>();
    for (const d of digests) byIncident.set(d.incidentId, [...(byIncident.get(d.incidentId) ?? []), d.id]);
    // Indexed first: a cancel running at the same moment finds the job either in the index or not yet queued.
    const multi = this.redis.multi();
    for (const [incidentId, ids] of byIncident) multi.sadd(this.keys.reminderJobs(incidentId), ...ids);
    await multi.exec();
    await this.queue.addBulk(
      digests.map((d) => ({
        name: REMINDER_JOB,
        data: jobDataOf(d),
        opts: { jobId: d.id, delay: Math.max(0, Date.parse(d.fireAt) - now.getTime()) },
      })),
    );
    this.metrics.remindersScheduled(reminders.length);
    return reminders.length;
  }

  /** Schedules every reminder still to come for an incident's obligations (at open). Returns how many reminders. */
  async scheduleIncident(incident: ReminderIncident, records: readonly ObligationRecord[], now: Date): Promise<number> {
    if (incident.drill) await this.scheduleDrillClose(incident, now);
    return this.add(planIncident(incident.id, records, incidentClock(incident), now), now);
  }

  /**
   * A drill's auto-close (DRILL_AUTO_CLOSE_HOURS after it opened, or after its last reopen): one delayed job
   * whose id is derived from the incident and its reopen count, so every re-scheduling (resume at start,
   * `/incident deadlines`) finds it already there. It is not in the incident's reminder index: closing by
   * hand leaves it, and when it runs it finds the drill closed and does nothing.
   *
   * A reopened drill gets a timer of its own, counted from the reopen: whoever reopens a drill that closed
   * itself is carrying on with the exercise and expects the full time again, not to see it closed at once
   * (which is what the first life's timer, due long ago, would do if it were queued again once BullMQ had
   * dropped its finished job). The job carries the reopen count and closes only that life (autoCloseDrill).
   */
  async scheduleDrillClose(incident: ReminderIncident, now: Date): Promise<void> {
    if (this.drillAutoCloseMs <= 0) return;
    const reopens = incident.reopens ?? 0;
    const from = reopens > 0 && incident.reopenedAt ? incident.reopenedAt : incident.openedAt;
    const at = Date.parse(from) + this.drillAutoCloseMs;
    await this.queue.add(
      DRILL_CLOSE_JOB,
      { incidentId: incident.id, reopens },
      { jobId: drillCloseJobId(incident.id, reopens), delay: Math.max(0, at - now.getTime()) },
    );
  }

  /**
   * After a facts change: removes the digests no reminder falls into any more (those only removed or moved
   * obligations needed), and adds those of added and moved ones. Digests of unchanged obligations stay as they
   * are. Counts are of reminders.
   */
  async reschedule(
    incident: ReminderIncident,
    diff: ObligationDiff,
    after: readonly ObligationRecord[],
    now: Date,
  ): Promise<{ removed: number; added: number }> {
    const clock = incidentClock(incident);
    const gone = [...diff.removed, ...diff.moved.map((m) => m.before)];
    const removed = gone.reduce((n, o) => n + planReminders(incident.id, asOpen(o), clock, now).length, 0);
    await this.prune(incident.id, planIncident(incident.id, after, clock, now), now);
    const changed = new Set([...diff.added.map((o) => o.id), ...diff.moved.map((m) => m.after.id)]);
    const added = await this.add(
      planIncident(
        incident.id,
        after.filter((o) => changed.has(o.id)),
        clock,
        now,
      ),
      now,
    );
    return { removed, added };
  }

  /**
   * After obligations were marked done (already stored): removes the digests nothing else needs. Returns how
   * many of those obligations' reminders were still pending.
   */
  async cancelObligations(incidentId: string, obligationIds: readonly string[]): Promise<number> {
    if (obligationIds.length === 0) return 0;
    const incident = await this.incidents.get(incidentId);
    const state = await this.deadlines.get(incidentId);
    if (!incident || !state) return 0;
    const clock = incidentClock(incident);
    const now = new Date();
    const wanted = new Set(obligationIds);
    const pending = new Set(await this.redis.smembers(this.keys.reminderJobs(incidentId)));
    const cancelled = state.obligations
      .filter((o) => wanted.has(o.id))
      .flatMap((o) => planReminders(incidentId, asOpen(o), clock, now))
      .filter((r) => digestsOf([r]).some((d) => pending.has(d.id))).length;
    await this.prune(incidentId, planIncident(incidentId, state.obligations, clock, now), now);
    return cancelled;
  }

  /** Removes every pending digest of an incident (close). Returns how many jobs were removed. */
  async cancelIncident(incidentId: string): Promise<number> {
    const ids = await this.redis.smembers(this.keys.reminderJobs(incidentId));
    return this.removeJobs(incidentId, ids);
  }

  /** Takes a digest out of the incident's index once its job has run (posted or dropped). */
  async forget(incidentId: string, id: string): Promise<void> {
    await this.redis.srem(this.keys.reminderJobs(incidentId), id);
  }

  /** The incident's digests as the queue holds them, soonest first. */
  async pending(incidentId: string): Promise<ScheduledDigest[]> {
    const ids = await this.redis.smembers(this.keys.reminderJobs(incidentId));
    const found = await Promise.all(
      ids.map(async (id) => {
        const job = await this.queue.getJob(id);
        if (!job) return null;
        const state = await job.getState();
        if (state === 'completed' || state === 'failed') return null;
        const data = digestJobDataSchema.safeParse(job.data);
        if (!data.success) return null;
        return {
          id,
          data: data.data,
          runAt: job.timestamp + (job.delay ?? 0),
          delay: job.delay ?? 0,
          addedAt: job.timestamp,
          state: String(state),
        };
      }),
    );
    return found
      .filter((r): r is ScheduledDigest => r !== null)
      .sort((a, b) => a.runAt - b.runAt || (a.id < b.id ? -1 : 1));
  }

  /**
   * Removes the pending digests of an incident that none of `needed`'s reminders falls into. Only digests still
   * ahead: one whose instant has passed may be waiting its turn in a busy queue, and the plan (which starts at
   * `now`) no longer lists it; it runs, and drops itself if nothing in it is still due.
   */
  private async prune(incidentId: string, needed: readonly PlannedReminder[], now: Date): Promise<number> {
    const keep = new Set(digestsOf(needed).map((d) => d.id));
    const ids = (await this.redis.smembers(this.keys.reminderJobs(incidentId))).filter((id) => {
      // Legacy per-reminder ids are left to fire too: they drop themselves when nothing is due.
      const digest = parseDigestId(id);
      return digest !== null && digest.fireAtMs > now.getTime() && !keep.has(id);
    });
    return this.removeJobs(incidentId, ids);
  }

  private async removeJobs(incidentId: string, ids: readonly string[]): Promise<number> {
    let removed = 0;
    for (const id of ids) {
      // 0 when the job is running right now: it re-reads the obligations before posting.
      const code = await this.queue.remove(id).catch(() => 0);
      if (code === 1) removed += 1;
    }
    if (ids.length > 0) await this.redis.srem(this.keys.reminderJobs(incidentId), ...ids);
    return removed;
  }
}

/** The same obligation as if still open: to count the reminders it had before it was marked done. */
function asOpen(o: ObligationRecord): ObligationRecord {
  return { ...o, doneAt: null, current: true };
}
