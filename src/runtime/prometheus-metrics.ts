import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type BotMetrics, type QueueReading, REMINDER_LATE_AFTER_SECONDS, type SlackCallOutcome } from './metrics';

/**
 * BotMetrics on prom-client, one registry per process (the bot's on PORT `/metrics`, a worker's on
 * WORKER_METRICS_PORT). Gauges that read Redis (queue depth, lag, Redis up) are read when scraped.
 */
export class PrometheusMetrics implements BotMetrics {
  readonly registry = new Registry();
  private readonly queues: (() => Promise<QueueReading>)[] = [];
  private redisProbe: (() => Promise<boolean>) | null = null;

  private readonly slackCalls = new Counter({
    name: 'breachbot_slack_api_calls_total',
    help: 'Slack Web API calls by method and outcome (after the client retries)',
    labelNames: ['method', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly rateLimited = new Counter({
    name: 'breachbot_slack_rate_limited_total',
    help: 'HTTP 429 answers from Slack by method',
    labelNames: ['method'] as const,
    registers: [this.registry],
  });
  private readonly ack = new Histogram({
    name: 'breachbot_ack_latency_seconds',
    help: 'Time from Bolt handing a request to the listener to its ack(), by request kind',
    labelNames: ['kind'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3],
    registers: [this.registry],
  });
  private readonly actsStarted = new Counter({
    name: 'breachbot_acts_started_total',
    help: 'Acts begun after their acknowledgement, by act',
    labelNames: ['act'] as const,
    registers: [this.registry],
  });
  private readonly actsFinished = new Counter({
    name: 'breachbot_acts_finished_total',
    help: 'Acts ended, by act and outcome (ok, refused, failed)',
    labelNames: ['act', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly actsResumed = new Counter({
    name: 'breachbot_acts_resumed_total',
    help: 'Interrupted acts picked up again by a resume pass, by act',
    labelNames: ['act'] as const,
    registers: [this.registry],
  });
  private readonly scheduled = new Counter({
    name: 'breachbot_reminders_scheduled_total',
    help: 'Reminder jobs handed to the queue (re-adding an existing one counts again; the queue ignores it)',
    registers: [this.registry],
  });
  private readonly posted = new Counter({
    name: 'breachbot_reminders_posted_total',
    help: 'Reminders posted to Slack',
    registers: [this.registry],
  });
  private readonly late = new Counter({
    name: 'breachbot_reminders_late_total',
    help: `Reminders posted more than ${REMINDER_LATE_AFTER_SECONDS} s after their planned moment`,
    registers: [this.registry],
  });
  private readonly lateness = new Histogram({
    name: 'breachbot_reminder_lateness_seconds',
    help: 'How long after its planned moment a reminder was posted',
    buckets: [0.5, 1, 5, 15, 60, 300, 900, 3600],
    registers: [this.registry],
  });
  private readonly failed = new Counter({
    name: 'breachbot_reminders_failed_total',
    help: 'Reminder job attempts that failed; final="true" when no retry follows',
    labelNames: ['final'] as const,
    registers: [this.registry],
  });

  constructor(process: 'bot' | 'worker') {
    this.registry.setDefaultLabels({ process });
    collectDefaultMetrics({ register: this.registry, prefix: 'breachbot_' });
    const queues = this.queues;
    new Gauge({
      name: 'breachbot_queue_jobs',
      help: 'Jobs on a queue by state (read from BullMQ when scraped)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const reading of await readAll(queues)) {
          for (const [state, n] of Object.entries(reading.counts)) this.set({ queue: reading.queue, state }, n);
        }
      },
    });
    new Gauge({
      name: 'breachbot_queue_lag_seconds',
      help: 'How far past its run time the most overdue job not yet running is (0 when none is late)',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const reading of await readAll(queues)) this.set({ queue: reading.queue }, reading.lagSeconds);
      },
    });
    const redisUp = () => this.redisProbe;
    new Gauge({
      name: 'breachbot_redis_up',
      help: '1 when Redis answered PING within a second at scrape time',
      registers: [this.registry],
      async collect() {
        const probe = redisUp();
        this.set(probe ? ((await probe().catch(() => false)) ? 1 : 0) : 0);
      },
    });
  }

  slackCall(method: string, outcome: SlackCallOutcome): void {
    this.slackCalls.inc({ method, outcome });
  }
  slackRateLimited(method: string): void {
    this.rateLimited.inc({ method });
  }
  ackLatency(kind: string, seconds: number): void {
    this.ack.observe({ kind }, seconds);
  }
  actStarted(act: string): void {
    this.actsStarted.inc({ act });
  }
  actFinished(act: string, outcome: 'ok' | 'refused' | 'failed'): void {
    this.actsFinished.inc({ act, outcome });
  }
  actResumed(act: string): void {
    this.actsResumed.inc({ act });
  }
  remindersScheduled(count: number): void {
    this.scheduled.inc(count);
  }
  reminderPosted(latenessSeconds: number): void {
    this.posted.inc();
    this.lateness.observe(Math.max(0, latenessSeconds));
    if (latenessSeconds > REMINDER_LATE_AFTER_SECONDS) this.late.inc();
  }
  reminderFailed(final: boolean): void {
    this.failed.inc({ final: String(final) });
  }
  watchQueue(read: () => Promise<QueueReading>): void {
    this.queues.push(read);
  }
  watchRedis(read: () => Promise<boolean>): void {
    this.redisProbe = read;
  }

  /** The exposition text for GET /metrics. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** A queue that cannot be read (Redis down) is left out of the scrape rather than failing it. */
async function readAll(reads: (() => Promise<QueueReading>)[]): Promise<QueueReading[]> {
  const settled = await Promise.allSettled(reads.map((read) => read()));
  return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
}
