import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RedisKeys } from '../../src/store/keys';
import type { DrillCloseJobData, ReminderJobData, ReminderOutcome } from './job-data';

/**
 * The reminders queue. One place names it, its job names (digests and the drill auto-close), and the options every job gets.
 *
 *   queue   `reminders`   (keys `{<REDIS_KEY_PREFIX>:bull}:reminders:*`; the hash tag keeps them in one slot)
 *   job     `reminder`    data: DigestJobData (job-data.ts), id = data.digestId: one per incident, kind and instant
 *   job     `drill-auto-close`  data: DrillCloseJobData, id = `<incident>|drill-auto-close`
 */
export const REMINDERS_QUEUE = 'reminders';
export const REMINDER_JOB = 'reminder';
export const DRILL_CLOSE_JOB = 'drill-auto-close';

export type QueueJobName = typeof REMINDER_JOB | typeof DRILL_CLOSE_JOB;
export type QueueJobData = ReminderJobData | DrillCloseJobData;
export type QueueJobResult = ReminderOutcome | { closed: boolean };
export type ReminderQueue = Queue<QueueJobData, QueueJobResult, QueueJobName>;

/**
 * Retries: a failed post (Slack 429/5xx, a network or Redis blip) is tried again with the backoff in
 * worker.ts (`retry-after` for 429, else exponential from 1 s up to 5 min): 25 attempts span about 1.5 hours.
 * Completed jobs are kept a day (a duplicate add in that time is a no-op even at the queue); failed ones
 * a month, for whoever investigates a reminder that never went out.
 */
export const REMINDER_JOB_OPTIONS: JobsOptions = {
  attempts: 25,
  backoff: { type: 'custom' },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export function createReminderQueue(connection: Redis, keys: RedisKeys): ReminderQueue {
  return new Queue<QueueJobData, QueueJobResult, QueueJobName>(REMINDERS_QUEUE, {
    connection,
    prefix: keys.bullPrefix(),
    defaultJobOptions: REMINDER_JOB_OPTIONS,
  });
}
