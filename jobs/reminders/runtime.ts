import type { Redis } from 'ioredis';
import type { PlannedDigest } from '../../src/domain/reminders/reminder-digest';
import type { DeliveryResult } from '../../src/flows/deliver-reminder';
import type { BotLog } from '../../src/runtime/log';
import type { RedisKeys } from '../../src/store/keys';
import { createReminderQueue } from './queue';
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
}

export interface ReminderWorkerSetup {
  concurrency: number;
  deliver: (digest: PlannedDigest, attempt: number) => Promise<DeliveryResult>;
  /** Run once the scheduler exists: re-adds what a crash between storing and scheduling left out. */
  resume: (scheduler: ReminderScheduler) => Promise<{ incidents: number; reminders: number }>;
}

export interface RemindersRuntimeOptions {
  redis: Redis;
  keys: RedisKeys;
  log: BotLog;
  now: () => Date;
  /** Absent: this process only schedules. */
  worker: ReminderWorkerSetup | null;
}

/** The reminders queue, its scheduler and (unless turned off) a worker: used by the bot and by worker-main. */
export function startReminders(options: RemindersRuntimeOptions): RemindersRuntime {
  const { redis, keys, log, now } = options;
  const queue = createReminderQueue(redis, keys);
  queue.on('error', (error) => log.error('reminder_queue_error', { error: error.name }));
  const scheduler = new ReminderScheduler(queue, redis, keys);
  const setup = options.worker;
  const worker = setup
    ? createReminderWorker({
        connection: redis,
        keys,
        scheduler,
        log,
        now,
        concurrency: setup.concurrency,
        deliver: setup.deliver,
      })
    : null;
  const resumed = setup
    ? setup.resume(scheduler).catch((error: unknown) => {
        // A failed pass loses nothing already queued; `/incident deadlines` re-adds an incident's reminders too.
        log.error('reminders_resume_failed', { error: (error as Error).name });
        return { incidents: 0, reminders: 0 };
      })
    : null;
  return {
    scheduler,
    worker,
    resumed,
    async close() {
      await resumed;
      if (worker) await worker.close();
      await queue.close();
    },
  };
}
