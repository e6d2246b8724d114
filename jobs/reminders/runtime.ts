import type { Redis } from 'ioredis';
import type { Env } from '../../src/runtime/env';
import { IncidentStore } from '../../src/store/incident-store';
import type { RedisKeys } from '../../src/store/keys';
import { DeadlineStore } from '../../src/store/deadline-store';
import { DeliveryLedger } from '../../src/store/delivery-ledger';
import type { BotLog } from '../../src/slack/bot-services';
import { ReminderDelivery, reminderWebClient } from '../../src/flows/deliver-reminder';
import { TimelineStore } from '../../src/store/timeline-store';
import { createReminderQueue } from './queue';
import { ReminderScheduler } from './scheduler';
import { resumeReminders } from '../../src/flows/resume-reminders';
import { createReminderWorker, type ReminderWorker } from './worker';

export interface RemindersRuntime {
  scheduler: ReminderScheduler;
  /** Null when this process only schedules (REMINDER_WORKER=off). */
  worker: ReminderWorker | null;
  /** Closes the worker first (it finishes the job it is on), then the queue. Redis stays open. */
  close(): Promise<void>;
  /** With a worker: the start-up pass that re-adds reminders of open incidents (see resumeReminders). */
  resumed: Promise<{ incidents: number; reminders: number }> | null;
}

export interface RemindersRuntimeOptions {
  env: Pick<Env, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL' | 'REMINDER_CONCURRENCY'>;
  redis: Redis;
  keys: RedisKeys;
  log: BotLog;
  now: () => Date;
  runWorker: boolean;
}

/** The reminders queue, its scheduler and (unless turned off) a worker: used by the bot and by worker-main. */
export function startReminders(options: RemindersRuntimeOptions): RemindersRuntime {
  const { redis, keys, log, now } = options;
  const queue = createReminderQueue(redis, keys);
  queue.on('error', (error) => log.error('reminder_queue_error', { error: error.name }));
  const scheduler = new ReminderScheduler(queue, redis, keys);
  const worker = options.runWorker
    ? createReminderWorker({
        connection: redis,
        keys,
        scheduler,
        log,
        now,
        concurrency: options.env.REMINDER_CONCURRENCY,
        delivery: new ReminderDelivery({
          incidents: new IncidentStore(redis, keys),
          deadlines: new DeadlineStore(redis, keys),
          ledger: new DeliveryLedger(redis, keys),
          timeline: new TimelineStore(redis, keys),
          client: reminderWebClient(options.env),
          log,
          now,
        }),
      })
    : null;
  const incidents = new IncidentStore(redis, keys);
  const resumed = worker
    ? resumeReminders({ incidents, deadlines: new DeadlineStore(redis, keys), scheduler, log, now }).catch((error: unknown) => {
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
