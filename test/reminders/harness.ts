import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { REMINDERS_QUEUE } from '../../jobs/reminders/queue';
import type { RemindersRuntime } from '../../jobs/reminders/runtime';
import { startReminderRuntime } from '../../src/bot';
import { type Incident, newIncident } from '../../src/domain/incidents/incident';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { type Env, envSchema } from '../../src/runtime/env';
import type { BotLog } from '../../src/runtime/log';
import { connectRedis } from '../../src/store/connection';
import { DeadlineStore } from '../../src/store/deadline-store';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { type ApiCall, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';

export const quietLog: BotLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Real Redis, real BullMQ, the Slack simulator; one key prefix per test file, removed at the end. */
export class ReminderHarness {
  readonly redis: Redis;
  readonly keys: RedisKeys;
  sim!: SlackSimulator;
  env!: Env;
  private readonly runtimes: RemindersRuntime[] = [];
  private events: QueueEvents | null = null;
  private seq = 0;

  constructor(readonly prefix: string) {
    this.redis = connectRedis();
    this.keys = new RedisKeys(prefix);
  }

  async start(): Promise<this> {
    await this.wipe();
    this.sim = await startSlackSimulator();
    this.env = envSchema.parse({
      SLACK_BOT_TOKEN: this.sim.botToken,
      SLACK_SIGNING_SECRET: 'test-signing-secret',
      SLACK_API_URL: this.sim.apiUrl,
      REDIS_KEY_PREFIX: this.prefix,
      PORT: '0',
      // Run from the TypeScript sources: no compiled obligation thread (test-bot.ts says why).
      OBLIGATION_THREADS: '0',
    });
    await this.queueEvents();
    return this;
  }

  /** A reminders runtime as the bot or `npm run worker` starts it. */
  runtime(runWorker = true, concurrency?: number, log: BotLog = quietLog): RemindersRuntime {
    const env = concurrency ? { ...this.env, REMINDER_CONCURRENCY: concurrency } : this.env;
    const r = startReminderRuntime({
      env,
      redis: this.redis,
      keys: this.keys,
      log,
      now: () => new Date(),
      runWorker,
    });
    r.scheduler.queue.setMaxListeners(1000);
    this.runtimes.push(r);
    return r;
  }

  async close(r: RemindersRuntime): Promise<void> {
    await r.close();
    this.runtimes.splice(this.runtimes.indexOf(r), 1);
  }

  /** Resolves with a job's return value once it completes (on whichever worker). */
  async queueEvents(): Promise<QueueEvents> {
    if (!this.events) {
      // Read the event stream from its start: a QueueEvents created after a job finished (or while its first
      // blocking read is not yet issued) would otherwise never see that job's 'completed' event.
      this.events = new QueueEvents(REMINDERS_QUEUE, {
        connection: { host: '127.0.0.1', port: 6379 },
        prefix: this.keys.bullPrefix(),
        lastEventId: '0-0',
      });
      this.events.setMaxListeners(1000);
      await this.events.waitUntilReady();
    }
    return this.events;
  }

  async waitForOutcome(jobId: string, timeoutMs = 10_000): Promise<unknown> {
    const events = await this.queueEvents();
    const queue = this.runtimes[0]?.scheduler.queue;
    if (!queue) throw new Error('no runtime');
    const job = await queue.getJob(jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    return job.waitUntilFinished(events, timeoutMs);
  }

  /**
   * Runs a delayed reminder now: the test, not the clock, decides when a job scheduled far ahead fires, so
   * whatever the test changes before this call has certainly landed before the job runs.
   */
  async promote(jobId: string): Promise<void> {
    const queue = this.runtimes[0]?.scheduler.queue;
    const job = await queue?.getJob(jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    expect(await job.getState()).toBe('delayed');
    await job.promote();
  }

  /** The outcome of a job that must fail: its state, attempts and reason once it has failed for good. */
  async waitForFailure(jobId: string, timeoutMs = 10_000): Promise<{ attemptsMade: number; failedReason: string }> {
    await expect(this.waitForOutcome(jobId, timeoutMs)).rejects.toThrow();
    const job = await this.runtimes[0]?.scheduler.queue.getJob(jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    expect(await job.getState()).toBe('failed');
    return { attemptsMade: job.attemptsMade, failedReason: job.failedReason };
  }

  /** An open incident in a private channel the bot is in, with these obligations stored. */
  async seedIncident(
    records: ObligationRecord[],
    options: { speed?: number; openedAt?: Date } = {},
  ): Promise<Incident> {
    this.seq += 1;
    const channel = this.sim.seedChannel({
      name: `inc-test-${this.seq}`,
      is_private: true,
      members: [this.sim.state.bot.userId, 'UALICE'],
    });
    const store = new IncidentStore(this.redis, this.keys);
    const openedAt = (options.openedAt ?? new Date()).toISOString();
    const speed = options.speed ?? 1;
    const incident = newIncident(
      await store.nextId(),
      {
        title: 'Test incident',
        severity: 'sev1',
        regimes: [],
        drill: speed > 1,
        speed,
        openedBy: 'UALICE',
        openedAt: new Date(openedAt),
      },
      channel,
      'data-breach',
    );
    await store.create(incident);
    await new DeadlineStore(this.redis, this.keys).update(incident.id, () => ({
      facts: { discoveredAt: openedAt, entityTypes: [], dataTypes: [], encrypted: false, affected: {}, judgments: {} },
      factsUpdatedAt: openedAt,
      factsUpdatedBy: 'UALICE',
      computedAt: openedAt,
      obligations: records,
    }));
    return incident;
  }

  /** Marks one stored obligation done, as `notified` stores it. */
  async markDone(incidentId: string, obligationId: string): Promise<void> {
    await new DeadlineStore(this.redis, this.keys).update(incidentId, (s) =>
      s
        ? {
            ...s,
            obligations: s.obligations.map((o) =>
              o.id === obligationId ? { ...o, doneAt: new Date().toISOString(), doneBy: 'UALICE' } : o,
            ),
          }
        : null,
    );
  }

  /** Reminder posts recorded by the simulator (successful or not), by reminder id. */
  reminderPosts(ok = true): ApiCall[] {
    return this.sim
      .calls('chat.postMessage')
      .filter(
        (c) =>
          (c.args.metadata as { event_type?: string } | undefined)?.event_type === 'breachbot_reminder' &&
          (!ok || c.response.ok),
      );
  }

  reminderIdOf(call: ApiCall): string {
    return String((call.args.metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id);
  }

  /** The obligations a digest message lists (its "Mark notified" buttons carry their ids). */
  obligationsIn(call: ApiCall): string[] {
    // A button per line, or (a large digest) a menu per few lines.
    const blocks = (call.args.blocks ?? []) as {
      accessory?: { action_id?: string; value?: string; options?: { value: string }[] };
    }[];
    return blocks
      .filter((b) => b.accessory?.action_id === 'reminder_mark_notified')
      .flatMap((b) => b.accessory?.options?.map((o) => o.value) ?? [String(b.accessory?.value)]);
  }

  waitForReminder(reminderId: string, timeoutMs = 10_000): Promise<ApiCall> {
    return this.sim.waitForCall(
      'chat.postMessage',
      (c) =>
        c.response.ok === true &&
        (c.args.metadata as { event_payload?: { reminder_id?: string } } | undefined)?.event_payload?.reminder_id ===
          reminderId,
      { timeoutMs },
    );
  }

  async stop(): Promise<void> {
    for (const r of [...this.runtimes]) await r.close();
    this.runtimes.length = 0;
    await this.events?.close();
    await this.wipe();
    await this.sim?.stop();
    await this.redis.quit();
  }

  /** Obliterates the queue and deletes every key of this prefix. */
  private async wipe(): Promise<void> {
    const { Queue } = await import('bullmq');
    const queue = new Queue(REMINDERS_QUEUE, { connection: this.redis, prefix: this.keys.bullPrefix() });
    await queue.obliterate({ force: true });
    await queue.close();
    for (const pattern of [`${this.prefix}:*`, `${this.keys.bullPrefix()}:*`]) {
      let cursor = '0';
      do {
        const [next, found] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        cursor = next;
        if (found.length) await this.redis.del(...found);
      } while (cursor !== '0');
    }
  }
}
