import type { Redis } from 'ioredis';
import type { PlannedDigest } from '../../src/domain/reminders/reminder-digest';
import type { DeliveryResult } from '../../src/flows/deliver-reminder';
import type { BotLog } from '../../src/runtime/log';
import { type BotMetrics, noMetrics } from '../../src/runtime/metrics';
import type { RedisKeys } from '../../src/store/keys';
import { createReminderQueue } from './queue';
import { reminderQueueProbe } from './queue-probe';
import { ReminderScheduler } from './scheduler';
import { createReminderWorker, type ReminderWorker } from './worker';

export interface RemindersRuntime {
  scheduler: ReminderScheduler;
  /** Null when this process only schedules (REMINDER_WORKER=off). */
  worker: ReminderWorker | null;
  /** Closes the worker first (it finishes the job it is on), then the queue. Redis stays open. */
  close(): Promise<void>;
  /** With a worker: the start-up pass that re-adds reminders of open incidents (flows/resume-reminders). */
  resumed: Promise<{ incidents: number; reminders: number }> | null;
  /** Ids of the reminder jobs this process's worker is running now (for the shutdown log). */
  activeJobs(): string[];
}

export interface ReminderWorkerSetup {
  concurrency: number;
  /** A crashed worker's job is taken over after this long (BullMQ lock duration and stalled check). */
  lockMs?: number;
  deliver: (digest: PlannedDigest, attempt: number) => Promise<DeliveryResult>;
  /** Run once the scheduler exists: re-adds what a crash between storing and scheduling left out. */
  resume: (scheduler: ReminderScheduler) => Promise<{ incidents: number; reminders: number }>;
  /** Closes a drill whose DRILL_AUTO_CLOSE_HOURS are up in this life (reopen count); false when it did nothing. */
  closeDrill?: (incidentId: string, reopens: number) => Promise<boolean>;
}

export interface RemindersRuntimeOptions {
  redis: Redis;
  keys: RedisKeys;
  log: BotLog;
  now: () => Date;
  /** Absent: this process only schedules. */
  worker: ReminderWorkerSetup | null;
  /** Reminders scheduled/posted/failed, and the queue read at scrape time. */
  metrics?: BotMetrics;
  /** Drills close themselves this long after opening (wall clock); 0 or absent: never. */
  drillAutoCloseMs?: number;
}

/** The reminders queue, its scheduler and (unless turned off) a worker: used by the bot and by worker-main. */
export function startReminders(options: RemindersRuntimeOptions): RemindersRuntime {
  const { redis, keys, log, now } = options;
  const metrics = options.metrics ?? noMetrics;
  const queue = createReminderQueue(redis, keys);
  queue.on('error', (error) => log.error('reminder_queue_error', { err: error }));
  metrics.watchQueue(reminderQueueProbe(queue, now));
  const scheduler = new ReminderScheduler(queue, redis, keys, metrics, options.drillAutoCloseMs ?? 0);
  const setup = options.worker;
  const worker = setup
    ? createReminderWorker({
        connection: redis,
        keys,
        scheduler,
        log,
        now,
        concurrency: setup.concurrency,
        ...(setup.lockMs !== undefined ? { lockMs: setup.lockMs } : {}),
        deliver: setup.deliver,
        metrics,
        ...(setup.closeDrill ? { closeDrill: setup.closeDrill } : {}),
      })
    : null;
  const active = new Set<string>();
  worker?.on('active', (job) => {
    if (job.id) active.add(job.id);
  });
  worker?.on('completed', (job) => {
    if (job.id) active.delete(job.id);
  });
  worker?.on('failed', (job) => {
    if (job?.id) active.delete(job.id);
  });
  const resumed = setup
    ? setup.resume(scheduler).catch((error: unknown) => {
        // A failed pass loses nothing already queued; `/incident deadlines` re-adds an incident's reminders too.
        log.error('reminders_resume_failed', { err: error });
        return { incidents: 0, reminders: 0 };
      })
    : null;
  return {
    scheduler,
    worker,
    resumed,
    activeJobs: () => [...active],
    async close() {
      await resumed;
      if (worker) await worker.close();
      await queue.close();
    },
  };
}

/**
 * The scheduler the acts a person waits for use (open, facts, notified, close), on the fail-fast connection
 * (src/store/connection.ts FAIL_FAST_OPTIONS): with Redis down, adding or removing a reminder fails within
 * seconds and the act is answered and left resumable, instead of waiting in ioredis's offline queue past
 * the drain grace. BullMQ needs `maxRetriesPerRequest: null` only on a Worker's blocking connection; a Queue
 * used to add and remove jobs may fail fast (docs.bullmq.io, "Failing fast when Redis is down":
 * `enableOfflineQueue: false`). The worker keeps the patient connection. Closing leaves the connection open.
 */
export function startActScheduler(options: {
  connection: Redis;
  keys: RedisKeys;
  log: BotLog;
  metrics?: BotMetrics;
  drillAutoCloseMs?: number;
}): { scheduler: ReminderScheduler; close(): Promise<void> } {
  const queue = createReminderQueue(options.connection, options.keys);
  queue.on('error', (error) => options.log.error('reminder_queue_error', { err: error }));
  return {
    scheduler: new ReminderScheduler(
      queue,
      options.connection,
      options.keys,
      options.metrics ?? noMetrics,
      options.drillAutoCloseMs ?? 0,
    ),
    close: () => queue.close(),
  };
}
