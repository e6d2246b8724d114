import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { incidentIdSchema } from '../../src/domain/ids';
import type { BotLog } from '../../src/runtime/log';
import type { RedisKeys } from '../../src/store/keys';
import { runWhenConnected } from '../worker-start';

/**
 * Debounced anchoring of incident timelines (issue 10, item 6) on BullMQ, so a pending anchor survives a
 * restart and any replica's worker may post it.
 *
 *   queue   `anchors`   (keys `{<REDIS_KEY_PREFIX>:bull}:anchors:*`)
 *   job     `anchor`    data { incidentId }, id `anchor-<incidentId>`, delayed by the debounce
 *
 * The deterministic id coalesces: while an incident's anchor job waits, further appends add nothing (BullMQ
 * ignores an add whose id exists), so a burst of appends costs one Slack call. Completed jobs are removed at
 * once, so the next append schedules again. An append that lands while the job runs is caught by the job's
 * own second round (flows/anchor-timeline.ts), or, in the instant the job is completing, by `lagging`.
 */
export const ANCHORS_QUEUE = 'anchors';
export const ANCHOR_JOB = 'anchor';
const anchorJobDataSchema = z.strictObject({ incidentId: incidentIdSchema });
type AnchorJobData = z.infer<typeof anchorJobDataSchema>;

export interface AnchorsRuntime {
  /** Schedules an anchor after the debounce; never throws (a lost schedule is caught up at the next one). */
  soon(incidentId: string): void;
  close(): Promise<void>;
}

export interface AnchorsRuntimeOptions {
  redis: Redis;
  keys: RedisKeys;
  log: BotLog;
  debounceMs: number;
  /** Absent: this process only schedules. */
  anchor: ((incidentId: string) => Promise<unknown>) | null;
  /**
   * Whether the incident's anchor lags behind its chain. Asked once a job has completed (and its id is free
   * again): an append that landed while the job was finishing was not scheduled, so it is scheduled then.
   */
  lagging?: (incidentId: string) => Promise<boolean>;
}

export function startAnchors(options: AnchorsRuntimeOptions): AnchorsRuntime {
  const { redis, keys, log } = options;
  const queue = new Queue<AnchorJobData, unknown, typeof ANCHOR_JOB>(ANCHORS_QUEUE, {
    connection: redis,
    prefix: keys.bullPrefix(),
    defaultJobOptions: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 2000 },
      // Removed either way: a kept job would hold its id, and with it every later anchor of the incident.
      removeOnComplete: true,
      removeOnFail: true,
    },
  });
  queue.on('error', (error) => log.error('anchor_queue_error', { err: error }));
  const anchor = options.anchor;
  const worker = anchor
    ? new Worker<AnchorJobData, unknown, typeof ANCHOR_JOB>(
        ANCHORS_QUEUE,
        async (job) => {
          const parsed = anchorJobDataSchema.safeParse(job.data);
          if (!parsed.success) throw new UnrecoverableError('anchor job data does not match its schema');
          await anchor(parsed.data.incidentId);
        },
        { connection: redis, prefix: keys.bullPrefix(), concurrency: 4, autorun: false },
      )
    : null;
  if (worker) runWhenConnected(worker, (error) => log.error('anchor_worker_error', { err: error }));
  worker?.on('failed', (job, error) => log.warn('anchor_job_failed', { job: job?.id, err: error }));
  worker?.on('completed', (job) => {
    const incidentId = job.data.incidentId;
    void options
      .lagging?.(incidentId)
      .then((lags) => lags && schedule(incidentId))
      .catch(() => undefined);
  });
  worker?.on('error', (error) => log.error('anchor_worker_error', { err: error }));
  function schedule(incidentId: string): void {
    queue
      .add(ANCHOR_JOB, { incidentId }, { jobId: `anchor-${incidentId}`, delay: options.debounceMs })
      .catch((error: unknown) => log.error('anchor_schedule_failed', { incident: incidentId, err: error }));
  }
  return {
    soon: schedule,
    async close() {
      if (worker) await worker.close();
      await queue.close();
    },
  };
}
