import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { PlannedDigest } from '../../src/domain/reminders/reminder-digest';
import type { DeliveryResult } from '../../src/flows/deliver-reminder';
import { PostFailure } from '../../src/flows/ports/reminder-post';
import type { BotLog } from '../../src/runtime/log';
import { type BotMetrics, noMetrics } from '../../src/runtime/metrics';
import type { RedisKeys } from '../../src/store/keys';
import { runWhenConnected } from '../worker-start';
import { digestOfJob, drillCloseJobDataSchema } from './job-data';
import { DRILL_CLOSE_JOB, type QueueJobData, type QueueJobName, type QueueJobResult, REMINDERS_QUEUE } from './queue';
import type { ReminderScheduler } from './scheduler';

export interface ReminderWorkerOptions {
  /** A connection with `maxRetriesPerRequest: null` (src/redis/connection.ts); BullMQ duplicates it for blocking reads. */
  connection: Redis;
  keys: RedisKeys;
  /** The act a job performs: src/flows/deliver-reminder, bound to its stores and the chat (bot.ts wires it). */
  deliver: (digest: PlannedDigest, attempt: number) => Promise<DeliveryResult>;
  scheduler: ReminderScheduler;
  log: BotLog;
  now: () => Date;
  concurrency?: number;
  metrics?: BotMetrics;
  /**
   * A `drill-auto-close` job: closes the drill (src/flows/close-incident autoCloseDrill) if it is open in the
   * life (reopen count) the job was scheduled for; false when it did nothing.
   */
  closeDrill?: (incidentId: string, reopens: number) => Promise<boolean>;
  /** BullMQ's lock duration and stalled-job check interval (default 30 s): how soon a dead worker's job moves on. */
  lockMs?: number;
}

export type ReminderWorker = Worker<QueueJobData, QueueJobResult, QueueJobName>;

const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * How long to wait before attempt n+1: Slack's `retry-after` for a 429 (plus up to a second of jitter, so
 * workers do not come back in step), otherwise 1 s, 2 s, 4 s … capped at 5 minutes.
 */
export function reminderBackoff(attemptsMade: number, _type?: string, err?: Error): number {
  const retryAfter = (err as { retryAfter?: unknown } | undefined)?.retryAfter;
  if (typeof retryAfter === 'number' && retryAfter >= 0) return retryAfter * 1000 + Math.floor(Math.random() * 1000);
  return Math.min(1000 * 2 ** Math.max(0, attemptsMade - 1), MAX_BACKOFF_MS);
}

/**
 * The worker that posts reminder digests. Any number of them (in bot processes and `npm run worker` processes) can
 * share the queue: BullMQ gives each job to one worker at a time, and the delivery ledger makes a retried or
 * recovered job post at most once. A job whose post fails is retried (reminderBackoff); a job Slack refuses
 * for good fails at once and stays in the failed set.
 */
export function createReminderWorker(options: ReminderWorkerOptions): ReminderWorker {
  const { deliver, scheduler, log, now } = options;
  const metrics = options.metrics ?? noMetrics;
  const worker = new Worker<QueueJobData, QueueJobResult, QueueJobName>(
    REMINDERS_QUEUE,
    async (job: Job<QueueJobData, QueueJobResult, QueueJobName>) => {
      if (job.name === DRILL_CLOSE_JOB) {
        const drill = drillCloseJobDataSchema.safeParse(job.data);
        if (!drill.success) throw new UnrecoverableError('drill-auto-close job data does not match its schema');
        const reopens = drill.data.reopens ?? 0;
        const closed = options.closeDrill ? await options.closeDrill(drill.data.incidentId, reopens) : false;
        log.info('drill_auto_close', { incident: drill.data.incidentId, closed });
        return { closed };
      }
      const digest = digestOfJob(job.data);
      if (!digest) throw new UnrecoverableError('reminder job data does not match its schema');
      let result: DeliveryResult;
      try {
        result = await deliver(digest, job.attemptsStarted);
      } catch (error) {
        if (error instanceof PostFailure && error.permanent) throw new UnrecoverableError(error.message);
        throw error;
      }
      // Counted per reminder, not per digest: a digest of five notices is five reminders posted, each as late as
      // the digest (their shared instant); a digest retried after a partial post counts only what it posted now.
      if (result.outcome.outcome === 'posted') {
        const lateness = (now().getTime() - Date.parse(digest.fireAt)) / 1000;
        for (let i = 0; i < result.outcome.reminders; i += 1) metrics.reminderPosted(lateness);
      }
      if (result.outcome.outcome === 'dropped') {
        log.info('reminder_dropped', {
          incident: digest.incidentId,
          reminder: digest.id,
          reason: result.outcome.reason,
        });
      }
      if (result.next.length > 0) await scheduler.add(result.next, now());
      // The job's own id: a legacy per-reminder job is indexed under it, a digest under the digest id.
      await scheduler.forget(digest.incidentId, String(job.id ?? digest.id));
      return result.outcome;
    },
    {
      connection: options.connection,
      prefix: options.keys.bullPrefix(),
      concurrency: options.concurrency ?? 20,
      // Recorded on each job as `processedBy`: which process posted it.
      name: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
      // A worker that dies mid-job: its job is picked up again (and the ledger tells whether it had posted).
      maxStalledCount: 10,
      lockDuration: options.lockMs ?? 30_000,
      stalledInterval: options.lockMs ?? 30_000,
      settings: { backoffStrategy: reminderBackoff },
      autorun: false,
    },
  );
  worker.on('failed', (job, error) => {
    const final = job ? job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError : true;
    metrics.reminderFailed(final);
    log.warn('reminder_job_failed', { reminder: job?.id, attempts: job?.attemptsMade, final, err: error });
  });
  worker.on('error', (error) => log.error('reminder_worker_error', { err: error }));
  runWhenConnected(worker, (error) => log.error('reminder_worker_error', { err: error }));
  return worker;
}
