import { z } from 'zod';
import { LIFECYCLE_AUTHORITIES } from '../domain/incidents/authority';
import { DATA_TYPES, ENTITY_TYPES } from '../domain/regulations/vocabulary';

const slackIds = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().regex(/^[UWS][A-Z0-9]{2,}$/, {
        message: 'each entry must be a Slack user ID (U…/W…) or user-group ID (S…)',
      }),
    ),
  );

/** A comma-separated list of vocabulary words (ORG_ENTITY_TYPES, ORG_DATA_TYPES). */
function vocabularyList<T extends readonly [string, ...string[]]>(words: T, noun: string) {
  return z
    .string()
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.enum(words, { message: `each entry must be ${noun}: ${words.join(', ')}` })));
}

const optionalText = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim()));

/** `host:port,host:port` (Redis Cluster seed nodes, sentinels); unset or blank: not used. */
const hostPortList = optionalText.pipe(
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, { message: 'each entry must be host:port' })).min(1))
    .optional(),
);

/** Drills close themselves this many hours after opening (DRILL_AUTO_CLOSE_HOURS; 0 turns it off). */
export const DEFAULT_DRILL_AUTO_CLOSE_HOURS = 24;
/** Overdue escalations posted per obligation before the bot stops (REMINDER_ESCALATION_CAP). */
export const DEFAULT_ESCALATION_CAP = 12;

/**
 * The process environment, checked once at start-up. Every variable is documented in README.md
 * ("Configuration"); a missing or bad one stops the process with a message naming it, not a stack trace.
 */
export const envSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string({ message: 'is required (the Bot User OAuth Token, xoxb-…)' })
    .regex(/^xox[bp]-/, { message: 'must be a bot token starting with xoxb-' }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^xapp-/, { message: 'must be an app-level token starting with xapp-' })
      .optional(),
  ),
  SLACK_API_URL: optionalText.pipe(z.url({ message: 'must be a URL such as https://slack.com/api/' }).optional()),
  REDIS_URL: optionalText.pipe(
    z.url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' }).optional(),
  ),
  // Redis Cluster or Sentinel (issue 9): `host:port` lists; when set, REDIS_URL supplies only password and TLS.
  REDIS_CLUSTER_NODES: hostPortList,
  REDIS_SENTINELS: hostPortList,
  REDIS_SENTINEL_MASTER: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be the name the sentinels monitor the master under' })
    .default('mymaster'),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]*$/, { message: 'may hold letters, digits, ":", "_" and "-" only' })
    .default('breachbot'),
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(3000),
  INCIDENT_RESPONDERS: slackIds.default([]),
  // Who may do everything the commander may, in any incident (issue 10): user ids and/or user-group ids.
  INCIDENT_ADMINS: slackIds.default([]),
  // App Home (issue 12): members of this user group see every open incident's clocks on the bot's Home tab.
  LEGAL_USERGROUP: optionalText.pipe(
    z
      .string()
      .regex(/^S[A-Z0-9]{2,}$/, { message: 'must be a Slack user-group ID (S…)' })
      .optional(),
  ),
  // Who may close and reopen an incident (issue 12): its commander (default) or any member of its channel.
  LIFECYCLE_AUTHORITY: z
    .enum(LIFECYCLE_AUTHORITIES, { message: 'must be "commander" or "members"' })
    .default('commander'),
  // Largest request body the HTTP receiver reads; Slack's payloads are a few KB (issue 10).
  HTTP_MAX_BODY_BYTES: z.coerce
    .number({ message: 'must be a number of bytes' })
    .int()
    .min(16 * 1024, { message: 'must be at least 16384 (Slack payloads need a few KB)' })
    .max(64 * 1024 * 1024)
    .default(1024 * 1024),
  INCIDENT_CHANNEL_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,20}$/, {
      message: 'must be lowercase letters, digits and "-", at most 21 characters',
    })
    .default('inc'),
  INCIDENT_CHANNEL_NAMES: z.enum(['slug', 'neutral'], { message: 'must be "slug" or "neutral"' }).default('slug'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Deadline reminders (issue 4): the organisation's standing profile and where reminder workers run.
  ORG_ENTITY_TYPES: vocabularyList(ENTITY_TYPES, 'an entity type').default([]),
  ORG_DATA_TYPES: vocabularyList(DATA_TYPES, 'a data type').default([]),
  REMINDER_WORKER: z.enum(['on', 'off'], { message: 'must be "on" or "off"' }).default('on'),
  // How long after a timeline append the anchor message in Slack is updated (appends meanwhile coalesce).
  TIMELINE_ANCHOR_DEBOUNCE_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(0)
    .max(10 * 60 * 1000)
    .default(5000),
  REMINDER_CONCURRENCY: z.coerce.number({ message: 'must be a number' }).int().min(1).max(500).default(20),
  // Operations (issue 9). Waives only the persistence check at start (src/store/redis-durability.ts), never
  // the eviction one: for tests and throwaway drills against a Redis that keeps nothing on disk.
  REDIS_ALLOW_VOLATILE: z
    .enum(['true', 'false'], { message: 'must be "true" or "false"' })
    .default('false')
    .transform((value) => value === 'true'),
  // SIGTERM: how long acknowledged work may take to finish before the process exits anyway. The default fits
  // the usual 30 s termination period of a container (Docker, Kubernetes) with time to spare.
  SHUTDOWN_GRACE_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int({ message: 'must be a whole number of seconds' })
    .min(1, { message: 'must be at least 1' })
    .max(3600, { message: 'must be at most 3600' })
    .default(25),
  // Operations (issue 9): drills close themselves, escalations stop, and a worker serves its own /metrics.
  DRILL_AUTO_CLOSE_HOURS: z.coerce
    .number({ message: 'must be a number of hours (0 turns auto-close off)' })
    .min(0)
    .max(24 * 365)
    .default(DEFAULT_DRILL_AUTO_CLOSE_HOURS),
  REMINDER_ESCALATION_CAP: z.coerce
    .number({ message: 'must be a whole number of escalations' })
    .int()
    .min(1)
    .max(10_000)
    .default(DEFAULT_ESCALATION_CAP),
  WORKER_METRICS_PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(9464),
  // How long a reminder stays with a worker that stopped renewing its hold on it (a crashed process) before
  // another worker takes it over; BullMQ's lock duration and stalled-job check interval.
  REMINDER_LOCK_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(1000).default(30_000),
  // Slack calls (issue 9): every call times out; safe calls retry; 429s are waited out per method and channel.
  SLACK_CALL_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(100)
    .default(10_000),
  SLACK_RETRIES: z.coerce.number({ message: 'must be a number' }).int().min(0).max(10).default(2),
  SLACK_RATE_LIMIT_WAIT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(0)
    .default(30_000),
  // Unfinished acts (an open interrupted by a crash or by Slack) are resumed at start and this often.
  ACT_RESUME_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(200)
    .default(15_000),
  // How many acts (opens) one process runs at once; more wait their turn, already acknowledged.
  ACT_CONCURRENCY: z.coerce.number({ message: 'must be a number' }).int().min(1).max(500).default(8),
  // Worker threads computing obligations off the event loop (issue 9); 0 computes them on it. One by default:
  // a computation takes 10–20 ms, so one thread keeps up with a burst of opens, and on a 2-core host a second
  // would take the core the event loop needs while a burst lasts.
  OBLIGATION_THREADS: z.coerce.number({ message: 'must be a whole number of threads' }).int().min(0).max(16).default(1),
  // An act's lease (renewed while it runs): after a crash, the act is resumable once its lease lapses.
  ACT_LEASE_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(300).default(15_000),
});

export type Env = z.infer<typeof envSchema>;

/** `npm run worker`: Slack and Redis, no HTTP port or signing secret. */
export const workerEnvSchema = envSchema.pick({
  SLACK_BOT_TOKEN: true,
  SLACK_API_URL: true,
  REDIS_URL: true,
  REDIS_CLUSTER_NODES: true,
  REDIS_SENTINELS: true,
  REDIS_SENTINEL_MASTER: true,
  REDIS_KEY_PREFIX: true,
  LOG_LEVEL: true,
  REMINDER_CONCURRENCY: true,
  REDIS_ALLOW_VOLATILE: true,
  SHUTDOWN_GRACE_SECONDS: true,
  DRILL_AUTO_CLOSE_HOURS: true,
  REMINDER_ESCALATION_CAP: true,
  WORKER_METRICS_PORT: true,
  REMINDER_LOCK_MS: true,
  TIMELINE_ANCHOR_DEBOUNCE_MS: true,
});

/** `breachbot verify`: which Redis, which key prefix; with a bot token, the anchors in Slack too. */
export const redisEnvSchema = envSchema.pick({ REDIS_URL: true, REDIS_KEY_PREFIX: true });
export const verifyEnvSchema = envSchema
  .pick({ REDIS_URL: true, REDIS_KEY_PREFIX: true, SLACK_API_URL: true })
  .extend({ SLACK_BOT_TOKEN: envSchema.shape.SLACK_BOT_TOKEN.optional() });

/** zod's issues as the lines a person reads: the variable's name, then what is wrong with it. */
export function settingProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
}

export type EnvResult = { ok: true; env: Env } | { ok: false; problems: string[] };

/** Parses the environment; never throws, so start-up can print every problem at once. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): EnvResult {
  const parsed = envSchema.safeParse(source);
  const problems = parsed.success ? [] : settingProblems(parsed.error);
  // Checked apart from the schema so that it is reported together with every other problem.
  if (!source.SLACK_APP_TOKEN?.trim() && !source.SLACK_SIGNING_SECRET?.trim()) {
    problems.push('SLACK_SIGNING_SECRET is required in HTTP mode (set SLACK_APP_TOKEN instead to use Socket Mode)');
  }
  if (parsed.success && problems.length === 0) return { ok: true, env: parsed.data };
  return { ok: false, problems };
}
