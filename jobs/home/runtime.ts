import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { incidentIdSchema, slackUserIdSchema } from '../../src/domain/ids';
import type { HomeRefresh } from '../../src/flows/ports/home';
import type { BotLog } from '../../src/runtime/log';
import type { RedisKeys } from '../../src/store/keys';
import { runWhenConnected } from '../worker-start';

/**
 * Home tabs kept up to date when a clock changes (issue 12, item 4), on BullMQ so any replica's worker may
 * publish and a burst of changes costs one publish per person.
 *
 *   queue   `home`     (keys `{<REDIS_KEY_PREFIX>:bull}:home:*`)
 *   job     `incident` data { incidentId }  id `home-incident|<id>|<window>`: who would see the change
 *   job     `viewer`   data { userId }      id `home-viewer|<user>|<window>`: publishes that person's Home
 *
 * Time is cut into windows of `windowMs`; a job runs just after its window ends, and its id names the window,
 * so everything that happened within one window (129 obligations recomputed, five incidents changed) makes one
 * job per incident and one publish per person, and the job reads what was stored by the end of the window.
 * A change in the next window makes the next job. Completed jobs are removed at once.
 */
export const HOME_QUEUE = 'home';
const incidentJobSchema = z.strictObject({ incidentId: incidentIdSchema });
const viewerJobSchema = z.strictObject({ userId: slackUserIdSchema });
type HomeJobName = 'incident' | 'viewer';

/** Changes within this window re-publish each viewer's Home once, just after it ends. */
export const HOME_REFRESH_WINDOW_MS = 1000;

/** Past the window's end before its job runs: covers clocks of replicas a little apart. */
const WINDOW_MARGIN_MS = 250;

export interface HomeRuntime extends HomeRefresh {
  close(): Promise<void>;
}

export interface HomeRuntimeOptions {
  redis: Redis;
  keys: RedisKeys;
  log: BotLog;
  windowMs: number;
  /** Absent: this process only schedules (a reminders-only worker); the bots' workers publish. */
  work: {
    /** The people whose Home shows the incident and who looked lately. */
    viewersOf: (incidentId: string) => Promise<string[]>;
    /** Publishes that person's Home. */
    publish: (userId: string) => Promise<unknown>;
  } | null;
}

export function startHomeRefresh(options: HomeRuntimeOptions): HomeRuntime {
  const { redis, keys, log, windowMs } = options;
  const queue = new Queue<unknown, unknown, HomeJobName>(HOME_QUEUE, {
    connection: redis,
    prefix: keys.bullPrefix(),
    defaultJobOptions: {
      attempts: 4,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: true,
      removeOnFail: true,
    },
  });
  queue.on('error', (error) => log.error('home_queue_error', { err: error }));
  const later = () => {
    const now = Date.now();
    const window = Math.floor(now / windowMs);
    return { window, delay: (window + 1) * windowMs - now + WINDOW_MARGIN_MS };
  };
  const add = (name: HomeJobName, data: Record<string, string>, id: string) => {
    const { window, delay } = later();
    return queue.add(name, data, { jobId: `home-${name}|${id}|${window}`, delay });
  };
  const work = options.work;
  const worker = work
    ? new Worker<unknown, unknown, HomeJobName>(
        HOME_QUEUE,
        async (job) => {
          if (job.name === 'incident') {
            const parsed = incidentJobSchema.safeParse(job.data);
            if (!parsed.success) throw new UnrecoverableError('home incident job data does not match its schema');
            const viewers = await work.viewersOf(parsed.data.incidentId);
            await Promise.all(viewers.map((userId) => add('viewer', { userId }, userId)));
            return viewers.length;
          }
          const parsed = viewerJobSchema.safeParse(job.data);
          if (!parsed.success) throw new UnrecoverableError('home viewer job data does not match its schema');
          await work.publish(parsed.data.userId);
          return 1;
        },
        { connection: redis, prefix: keys.bullPrefix(), concurrency: 4, autorun: false },
      )
    : null;
  if (worker) runWhenConnected(worker, (error) => log.error('home_worker_error', { err: error }));
  // The job's name, never its data or id: they name a person.
  worker?.on('failed', (job, error) => log.warn('home_job_failed', { job: job?.name, err: error }));
  worker?.on('error', (error) => log.error('home_worker_error', { err: error }));
  return {
    incidentChanged(incidentId: string) {
      add('incident', { incidentId }, incidentId).catch((error: unknown) =>
        log.error('home_schedule_failed', { incident: incidentId, err: error }),
      );
    },
    async close() {
      if (worker) await worker.close();
      await queue.close();
    },
  };
}
