import type { Redis } from 'ioredis';
import { incidentClock } from '../../src/domain/incidents/incident';
import type { ObligationDiff } from '../../src/domain/obligations/obligation-diff';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { obligationOfReminderId, type PlannedReminder, planIncident } from '../../src/domain/reminders/reminder-plan';
import type { ReminderIncident, ReminderScheduling } from '../../src/flows/ports/reminder-scheduling';
import { type BotMetrics, noMetrics } from '../../src/runtime/metrics';
import type { RedisKeys } from '../../src/store/keys';
import { drillCloseJobId, jobDataOf, type ReminderJobData, reminderJobDataSchema } from './job-data';
import { DRILL_CLOSE_JOB, REMINDER_JOB, type ReminderQueue } from './queue';

export interface ScheduledReminder {
  id: string;
  data: ReminderJobData;
  /** When BullMQ will run it (epoch ms), and the delay it was added with. */
  runAt: number;
  delay: number;
  /** When it was added (epoch ms): unchanged when an add was a no-op. */
  addedAt: number;
  state: string;
}

/**
 * Puts reminders on the queue and takes them off. Every reminder is a delayed job whose id is the reminder id,
 * so adding one that is already there is a no-op, and each incident keeps the set of its pending job ids
 * (`keys.reminderJobs`) so that cancelling an obligation or an incident removes exactly its jobs without
 * scanning the queue.
 */
export class ReminderScheduler implements ReminderScheduling {
  constructor(
    readonly queue: ReminderQueue,
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly metrics: BotMetrics = noMetrics,
    /** Wall-clock time after opening at which a drill closes itself; 0: never. */
    private readonly drillAutoCloseMs = 0,
  ) {}

  /** Adds planned reminders (idempotent). Returns how many were handed to the queue. */
  async add(reminders: readonly PlannedReminder[], now: Date): Promise<number> {
    if (reminders.length === 0) return 0;
    const byIncident = new Map<string, string[]>();
    for (const r of reminders) byIncident.set(r.incidentId, [...(byIncident.get(r.incidentId) ?? []), r.id]);
    // Indexed first: a cancel running at the same moment finds the job either in the index or not yet queued.
    const multi = this.redis.multi();
    for (const [incidentId, ids] of byIncident) multi.sadd(this.keys.reminderJobs(incidentId), ...ids);
    await multi.exec();
    await this.queue.addBulk(
      reminders.map((r) => ({
        name: REMINDER_JOB,
        data: jobDataOf(r),
        opts: { jobId: r.id, delay: Math.max(0, Date.parse(r.fireAt) - now.getTime()) },
      })),
    );
    this.metrics.remindersScheduled(reminders.length);
    return reminders.length;
  }

  /** Schedules every reminder still to come for an incident's obligations (at open). */
  async scheduleIncident(incident: ReminderIncident, records: readonly ObligationRecord[], now: Date): Promise<number> {
    if (incident.drill) await this.scheduleDrillClose(incident, now);
    return this.add(planIncident(incident.id, records, incidentClock(incident), now), now);
  }

  /**
   * A drill's auto-close (DRILL_AUTO_CLOSE_HOURS after it opened): one delayed job whose id is derived from
   * the incident, so every re-scheduling (resume at start, `/incident deadlines`) finds it already there.
   * It is not in the incident's reminder index: closing by hand leaves it, and when it runs it finds the
   * drill closed and does nothing.
   */
  async scheduleDrillClose(incident: ReminderIncident, now: Date): Promise<void> {
    if (this.drillAutoCloseMs <= 0) return;
    const at = Date.parse(incident.openedAt) + this.drillAutoCloseMs;
    await this.queue.add(
      DRILL_CLOSE_JOB,
      { incidentId: incident.id },
      { jobId: drillCloseJobId(incident.id), delay: Math.max(0, at - now.getTime()) },
    );
  }

  /**
   * After a facts change: removes the reminders of obligations that were removed or moved, and schedules
   * those of obligations added or moved. Reminders of obligations that did not change are not touched.
   */
  async reschedule(
    incident: ReminderIncident,
    diff: ObligationDiff,
    after: readonly ObligationRecord[],
    now: Date,
  ): Promise<{ removed: number; added: number }> {
    const removed = await this.cancelObligations(incident.id, diff.affectedIds);
    const changed = new Set([...diff.added.map((o) => o.id), ...diff.moved.map((m) => m.after.id)]);
    const added = await this.add(
      planIncident(
        incident.id,
        after.filter((o) => changed.has(o.id)),
        incidentClock(incident),
        now,
      ),
      now,
    );
    return { removed, added };
  }

  /** Removes the pending reminders of some obligations. Returns how many jobs were removed. */
  async cancelObligations(incidentId: string, obligationIds: readonly string[]): Promise<number> {
    if (obligationIds.length === 0) return 0;
    const wanted = new Set(obligationIds);
    const ids = (await this.redis.smembers(this.keys.reminderJobs(incidentId))).filter((id) =>
      wanted.has(obligationOfReminderId(id)?.obligationId ?? ''),
    );
    return this.removeJobs(incidentId, ids);
  }

  /** Removes every pending reminder of an incident (close). Returns how many jobs were removed. */
  async cancelIncident(incidentId: string): Promise<number> {
    const ids = await this.redis.smembers(this.keys.reminderJobs(incidentId));
    return this.removeJobs(incidentId, ids);
  }

  /** Takes a reminder out of the incident's index once its job has run (posted or dropped). */
  async forget(incidentId: string, reminderId: string): Promise<void> {
    await this.redis.srem(this.keys.reminderJobs(incidentId), reminderId);
  }

  /** The incident's reminders as the queue holds them, soonest first. */
  async pending(incidentId: string): Promise<ScheduledReminder[]> {
    const ids = await this.redis.smembers(this.keys.reminderJobs(incidentId));
    const found = await Promise.all(
      ids.map(async (id) => {
        const job = await this.queue.getJob(id);
        if (!job) return null;
        const state = await job.getState();
        if (state === 'completed' || state === 'failed') return null;
        return {
          id,
          data: reminderJobDataSchema.parse(job.data),
          runAt: job.timestamp + (job.delay ?? 0),
          delay: job.delay ?? 0,
          addedAt: job.timestamp,
          state: String(state),
        };
      }),
    );
    return found
      .filter((r): r is ScheduledReminder => r !== null)
      .sort((a, b) => a.runAt - b.runAt || (a.id < b.id ? -1 : 1));
  }

  private async removeJobs(incidentId: string, ids: readonly string[]): Promise<number> {
    let removed = 0;
    for (const id of ids) {
      // 0 when the job is running right now: it re-checks the obligation before posting and drops itself.
      const code = await this.queue.remove(id).catch(() => 0);
      if (code === 1) removed += 1;
    }
    if (ids.length > 0) await this.redis.srem(this.keys.reminderJobs(incidentId), ...ids);
    return removed;
  }
}
