import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { REMINDERS_QUEUE } from '../jobs/reminders/queue';
import { startReminderRuntime } from '../src/bot';
import { type Incident, newIncident } from '../src/domain/incidents/incident';
import { freshRecord, type ObligationRecord } from '../src/domain/obligations/obligation-record';
import { HOUR } from '../src/domain/reminders/lead-times';
import { digestId } from '../src/domain/reminders/reminder-digest';
import { planIncident } from '../src/domain/reminders/reminder-plan';
import { envSchema } from '../src/runtime/env';
import { connectRedis, DEFAULT_REDIS_URL } from '../src/store/connection';
import { DeadlineStore } from '../src/store/deadline-store';
import { IncidentIdTakenError, IncidentStore } from '../src/store/incident-store';
import { RedisKeys } from '../src/store/keys';
import { percentile } from './percentile';
import { RemoteSimulator } from './simulator-client';

/** BENCH_DIGEST_INCIDENTS scales the run down on a small machine (the figures say how many ran). */
const INCIDENTS = Number(process.env.BENCH_DIGEST_INCIDENTS ?? 1000);
const PER_INCIDENT = 40;
const WINDOW_MS = 10_000;
/** Time to seed and schedule before the first digest is due. */
const LEAD_IN_MS = Number(process.env.BENCH_DIGEST_LEAD_IN_MS ?? 25_000);

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Reminder digests under a burst: 1,000 incident channels, each with 40 obligations due at one instant, the
 * instants spread over the same 10 seconds (40,000 reminders), posted by one reminder worker with the default
 * concurrency (as one bot process runs it) through real BullMQ and Redis to the Slack simulator, which runs in a
 * process of its own (bench/simulator-process.ts) as Slack runs on other machines. Every
 * incident must get exactly one message listing its 40 notices. Lateness is the simulator's receive time
 * minus the digest's instant. Redis bytes per scheduled reminder: `MEMORY USAGE` summed over the bench's own
 * queue keys and reminder indexes after scheduling, less the same before, over the reminders planned (each
 * obligation's due-time reminder and its first escalation, 80 per incident, in 2 digest jobs).
 */
export async function runRemindersBench(): Promise<Record<string, number | string>> {
  const redis = connectRedis(process.env.REDIS_URL || DEFAULT_REDIS_URL);
  const prefix = `bench-digests-${process.pid}-${Date.now()}`;
  const keys = new RedisKeys(prefix);
  const sim = await RemoteSimulator.start();
  const env = envSchema.parse({
    SLACK_BOT_TOKEN: sim.botToken,
    SLACK_SIGNING_SECRET: 'x',
    SLACK_API_URL: sim.apiUrl,
    REDIS_KEY_PREFIX: prefix,
  });
  const runtime = startReminderRuntime({ env, redis, keys, log: silent, now: () => new Date(), runWorker: true });
  try {
    await runtime.worker?.waitUntilReady();
    const store = new IncidentStore(redis, keys);
    const deadlines = new DeadlineStore(redis, keys);
    const windowStart = Date.now() + LEAD_IN_MS;
    const seeded: { incident: Incident; records: ObligationRecord[]; due: number }[] = [];
    const channels = await sim.seedChannels(INCIDENTS, 'inc-bench');
    for (let c = 0; c < INCIDENTS; c += 1) {
      const channel = channels[c] ?? { id: 'C0MISSING', name: 'missing' };
      const openedAt = new Date().toISOString();
      // Ids drawn in one time slot may repeat (src/domain/incidents/incident-id.ts): drawn again, as the open does.
      let incident: Incident | null = null;
      while (!incident) {
        const drawn = newIncident(
          await store.nextId(),
          {
            title: `Bench ${c}`,
            severity: 'sev1',
            regimes: [],
            drill: false,
            speed: 1,
            openedBy: 'UALICE',
            openedAt: new Date(openedAt),
          },
          channel,
          'data-breach',
        );
        try {
          await store.create(drawn);
          incident = drawn;
        } catch (error) {
          if (!(error instanceof IncidentIdTakenError)) throw error;
        }
      }
      const due = windowStart + Math.floor((c / INCIDENTS) * WINDOW_MS);
      const records = Array.from({ length: PER_INCIDENT }, (_, i) =>
        freshRecord({
          id: `us-s${String(i).padStart(2, '0')}/regulator`,
          regime: `us-s${String(i).padStart(2, '0')}`,
          jurisdiction: 'US',
          recipient: 'regulator',
          recipientName: 'Attorney General',
          dueAt: new Date(due).toISOString(),
          deadline: '72 hours after discovery',
          citation: `Bench Stat. § ${i}`,
          trigger: { name: 'discoveredAt', at: new Date(due - 72 * HOUR).toISOString(), fallback: false },
          notes: [],
        }),
      );
      await deadlines.update(incident.id, () => ({
        facts: {
          discoveredAt: openedAt,
          entityTypes: [],
          dataTypes: [],
          encrypted: false,
          affected: {},
          judgments: {},
        },
        factsUpdatedAt: openedAt,
        factsUpdatedBy: 'UALICE',
        computedAt: openedAt,
        obligations: records,
      }));
      seeded.push({ incident, records, due });
    }

    const ownKeys = async () => [
      ...(await scan(redis, `${keys.bullPrefix()}:*`)),
      ...(await scan(redis, `${prefix}:*:reminder-jobs`)),
    ];
    const bytesBefore = await memoryUsage(redis, await ownKeys());
    let reminders = 0;
    const fireAt = new Map<string, number>();
    const scheduleStart = Date.now();
    for (const { incident, records, due } of seeded) {
      const now = new Date();
      const plan = planIncident(incident.id, records, { openedAt: incident.openedAt, speed: 1 }, now);
      fireAt.set(digestId(incident.id, 'reminders', due), due);
      reminders += await runtime.scheduler.add(plan, now);
    }
    const scheduledBy = Date.now();
    const jobKeys = await ownKeys();
    const bytesAfter = await memoryUsage(redis, jobKeys);
    const digestJobs =
      (await runtime.scheduler.queue.getDelayedCount()) + (await runtime.scheduler.queue.getWaitingCount());
    if (scheduledBy > windowStart)
      throw new Error(`scheduling ran ${scheduledBy - windowStart} ms into the window: raise BENCH_DIGEST_LEAD_IN_MS`);

    // CPU this process (the worker; the simulator has its own) spends from the window's start to the last post.
    await new Promise((r) => setTimeout(r, Math.max(0, windowStart - Date.now())));
    const cpuBefore = process.cpuUsage();
    const deadline = windowStart + WINDOW_MS + 120_000;
    let all = await sim.reminderPosts();
    while (all.length < INCIDENTS && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      all = await sim.reminderPosts();
    }
    const cpu = process.cpuUsage(cpuBefore);
    // Anything more than one message per incident would arrive right after: give it a moment to show.
    await new Promise((r) => setTimeout(r, 1000));
    all = await sim.reminderPosts();
    const lateness = all.map((c) => c.at - (fireAt.get(c.id) ?? Number.NaN));
    const listed = all.map((c) => c.listed);
    return {
      incidents: INCIDENTS,
      reminders_per_incident_due_at_once: PER_INCIDENT,
      due_window_s: WINDOW_MS / 1000,
      posts_made: all.length,
      distinct_digests_posted: new Set(all.map((c) => c.id)).size,
      notices_listed_per_post_min: Math.min(...listed),
      notices_listed_per_post_max: Math.max(...listed),
      worker_concurrency: env.REMINDER_CONCURRENCY,
      lateness_p50_ms: percentile(lateness, 50),
      lateness_p99_ms: percentile(lateness, 99),
      lateness_max_ms: Math.max(...lateness),
      worker_cpu_ms_per_digest: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, all.length)) * 10) / 10,
      reminders_scheduled: reminders,
      digest_jobs_scheduled: digestJobs,
      scheduling_ms: scheduledBy - scheduleStart,
      redis_bytes_scheduled: bytesAfter - bytesBefore,
      redis_bytes_per_scheduled_reminder: Math.round((bytesAfter - bytesBefore) / reminders),
      redis_bytes_per_digest_job: Math.round((bytesAfter - bytesBefore) / digestJobs),
    };
  } finally {
    await runtime.close();
    const queue = new Queue(REMINDERS_QUEUE, { connection: redis, prefix: keys.bullPrefix() });
    await queue.obliterate({ force: true });
    await queue.close();
    for (const key of await scan(redis, `${prefix}:*`)) await redis.del(key);
    await sim.stop();
    await redis.quit();
  }
}

async function memoryUsage(redis: Redis, keys: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const key of keys) bytes += Number((await redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0')) ?? 0);
  return bytes;
}

async function scan(redis: Redis, pattern: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    found.push(...batch);
  } while (cursor !== '0');
  return found;
}
