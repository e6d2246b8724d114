/**
 * The bot's measurements, as the rest of the code records them. Only src/runtime/prometheus-metrics.ts knows
 * prom-client (dependency-cruiser rule `prom-client-only-in-its-adapter`); flows, jobs and the Slack adapter
 * call this interface, and tests pass `noMetrics`. README.md ("Operations") lists the metric names.
 */
export interface BotMetrics {
  /** One Web API call as the caller saw it (after the client's own retries): `ok`, or Slack's error code class. */
  slackCall(method: string, outcome: SlackCallOutcome): void;
  /** One HTTP 429 from Slack (each is retried after retry-after, so one call may count several). */
  slackRateLimited(method: string): void;
  /** From Bolt handing a request to the listeners to its ack(), in seconds. */
  ackLatency(kind: string, seconds: number): void;
  /** An act (open, close, facts, …) began after its acknowledgement. */
  actStarted(act: string): void;
  actFinished(act: string, outcome: 'ok' | 'refused' | 'failed'): void;
  /** An interrupted act picked up again by a resume pass. */
  actResumed(act: string): void;
  remindersScheduled(count: number): void;
  /** A reminder posted, with how late it was against its planned moment (seconds, ≥ 0). */
  reminderPosted(latenessSeconds: number): void;
  /** A reminder job that failed an attempt; `final` when no retry follows. */
  reminderFailed(final: boolean): void;
  /** Readings taken when /metrics is scraped (queue depth, Redis reachability). */
  watchQueue(read: () => Promise<QueueReading>): void;
  watchRedis(read: () => Promise<boolean>): void;
}

export type SlackCallOutcome = 'ok' | 'slack_error' | 'rate_limited' | 'http_error' | 'timeout' | 'network' | 'other';

export interface QueueReading {
  queue: string;
  counts: Record<'waiting' | 'active' | 'delayed' | 'failed' | 'completed', number>;
  /** How far past its run time the most overdue job still waiting to run is, in seconds (0: none is late). */
  lagSeconds: number;
}

/** A reminder posted more than this after its planned moment counts as late (`breachbot_reminders_late_total`). */
export const REMINDER_LATE_AFTER_SECONDS = 60;

/** For code paths and tests that measure nothing. */
export const noMetrics: BotMetrics = {
  slackCall: () => undefined,
  slackRateLimited: () => undefined,
  ackLatency: () => undefined,
  actStarted: () => undefined,
  actFinished: () => undefined,
  actResumed: () => undefined,
  remindersScheduled: () => undefined,
  reminderPosted: () => undefined,
  reminderFailed: () => undefined,
  watchQueue: () => undefined,
  watchRedis: () => undefined,
};
