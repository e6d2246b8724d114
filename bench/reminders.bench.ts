import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { REMINDERS_QUEUE } from '../jobs/reminders/queue';
import { startReminderRuntime } from '../src/bot';
import { type Incident, newIncident } from '../src/domain/incidents/incident';
import { freshRecord, type ObligationRecord } from '../src/domain/obligations/obligation-record';
import { HOUR } from '../src/domain/reminders/lead-times';
import { planIncident } from '../src/domain/reminders/reminder-plan';
import { envSchema } from '../src/runtime/env';
import { connectRedis, DEFAULT_REDIS_URL } from '../src/store/connection';
import { DeadlineStore } from '../src/store/deadline-store';
import { IncidentStore } from '../src/store/incident-store';
import { RedisKeys } from '../src/store/keys';
import { type ApiCall, startSlackSimulator } from '../test/support/slack-simulator';
import { percentile } from './percentile';

const CHANNELS = 100;
const PER_CHANNEL = 10;
const WINDOW_MS = 10_000;
const LEAD_IN_MS = 4_000;

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Reminder lateness under a burst: 1,000 reminders (10 obligations in each of 100 incident channels) all due
 * within the same 10 seconds, posted by one reminder worker with the default concurrency (as one bot process
 * runs it) through real BullMQ and Redis to the local Slack simulator. Lateness is the simulator's receive
 * time minus the reminder's due time. Memory per scheduled reminder is the growth, while scheduling, of the
 * bench's own keys (its prefix and its queue's: the BullMQ job, the delayed set, the event stream, the index
 * entry) measured key by key with `MEMORY USAGE … SAMPLES 0`, divided by the jobs added. Other clients of the
 * shared Redis (and allocator noise) no longer count, as they did in a global `used_memory` difference.
 */
export async function runRemindersBench(): Promise<Record<string, number | string>> {
  const redis = connectRedis(process.env.REDIS_URL || DEFAULT_REDIS_URL);
  const prefix = `bench-reminders-${process.pid}-${Date.now()}`;
  const keys = new RedisKeys(prefix);
  const sim = await startSlackSimulator();
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
    const seeded: { incident: Incident; records: ObligationRecord[] }[] = [];
    for (let c = 0; c < CHANNELS; c += 1) {
      const channel = sim.seedChannel({
        name: `inc-bench-${c}`,
        is_private: true,
        members: [sim.state.bot.userId, 'UALICE'],
      });
      const openedAt = new Date().toISOString();
      const incident = newIncident(
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
      await store.create(incident);
      const records = Array.from({ length: PER_CHANNEL }, (_, i) => {
        const due = windowStart + Math.floor(((c * PER_CHANNEL + i) / (CHANNELS * PER_CHANNEL)) * WINDOW_MS);
        return freshRecord({
          id: `r${i}/regulator`,
          regime: `r${i}`,
          jurisdiction: 'EU',
          recipient: 'regulator',
          recipientName: 'supervisory authority',
          dueAt: new Date(due).toISOString(),
          deadline: '72 hours',
          citation: 'Bench Art 1',
          trigger: { name: 'discoveredAt', at: new Date(due - 72 * HOUR).toISOString(), fallback: false },
          notes: [],
        });
      });
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
      seeded.push({ incident, records });
    }

    const ownKeys = [`${prefix}:*`, `${keys.bullPrefix()}:*`];
    const memoryBefore = await keysMemory(redis, ownKeys);
    let jobs = 0;
    const fireAt = new Map<string, number>();
    for (const { incident, records } of seeded) {
      const now = new Date();
      const plan = planIncident(incident.id, records, { openedAt: incident.openedAt, speed: 1 }, now);
      for (const r of plan) if (r.kind === 'due') fireAt.set(r.id, Date.parse(r.fireAt));
      jobs += await runtime.scheduler.add(plan, now);
    }
    const memoryAfter = await keysMemory(redis, ownKeys);
    const scheduledBy = Date.now();

    const isReminder = (c: ApiCall) =>
      c.response.ok === true &&
      (c.args.metadata as { event_type?: string } | undefined)?.event_type === 'breachbot_reminder';
    const posts = await sim.waitForCalls('chat.postMessage', CHANNELS * PER_CHANNEL, isReminder, {
      timeoutMs: LEAD_IN_MS + WINDOW_MS + 60_000,
    });
    const lateness = posts.map((c) => {
      const id = String((c.args.metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id);
      return c.at - (fireAt.get(id) ?? Number.NaN);
    });
    const distinct = new Set(
      posts.map((c) => (c.args.metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id),
    ).size;
    return {
      reminders: posts.length,
      distinct_reminders_posted: distinct,
      channels: CHANNELS,
      due_window_s: WINDOW_MS / 1000,
      scheduling_finished_before_window_ms: windowStart - scheduledBy,
      worker_concurrency: env.REMINDER_CONCURRENCY,
      lateness_p50_ms: percentile(lateness, 50),
      lateness_p99_ms: percentile(lateness, 99),
      lateness_max_ms: Math.max(...lateness),
      jobs_scheduled: jobs,
      redis_bytes_per_scheduled_reminder: Math.round((memoryAfter - memoryBefore) / jobs),
    };
  } finally {
    await runtime.close();
    const queue = new Queue(REMINDERS_QUEUE, { connection: redis, prefix: keys.bullPrefix() });
    await queue.obliterate({ force: true });
    await queue.close();
    await deletePattern(redis, `${prefix}:*`);
    await sim.stop();
    await redis.quit();
  }
}

/** Bytes Redis reports for every key matching the patterns (`MEMORY USAGE` with all nested values counted). */
async function keysMemory(redis: Redis, patterns: string[]): Promise<number> {
  let total = 0;
  for (const pattern of patterns) {
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (found.length === 0) continue;
      const pipeline = redis.pipeline();
      for (const key of found) pipeline.memory('USAGE', key, 'SAMPLES', 0);
      for (const [error, bytes] of (await pipeline.exec()) ?? []) if (!error) total += Number(bytes ?? 0);
    } while (cursor !== '0');
  }
  return total;
}

async function deletePattern(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (found.length) await redis.del(...found);
  } while (cursor !== '0');
}
