import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import type { Redis } from 'ioredis';
import { type RemindersRuntime, startReminders } from '../jobs/reminders/runtime';
import { DEFAULT_TEMPLATE_ID } from './domain/checklist/templates';
import type { FlowContext } from './flows/context';
import { deliverDigest } from './flows/deliver-reminder';
import { resumeReminders } from './flows/resume-reminders';
import type { Env } from './runtime/env';
import { InFlight } from './runtime/in-flight';
import { type BotLog, jsonLog } from './runtime/log';
import { reminderWebClient, SlackReminderPoster } from './slack/adapters/slack-reminder-poster';
import { createSlackApp } from './slack/app';
import { DeadlineStore } from './store/deadline-store';
import { DeliveryLedger } from './store/delivery-ledger';
import { IncidentStore } from './store/incident-store';
import { RedisKeys } from './store/keys';
import { TimelineStore } from './store/timeline-store';

/**
 * The composition root: the only module that wires the Slack adapter (src/slack) and the queue (jobs/)
 * together. Everything else depends inward: slack → flows → domain and store.
 */

export interface BotHandle {
  /** The acts' context as the listeners use it (stores, chat port, reminders). */
  ctx: FlowContext;
  inFlight: InFlight;
  /** The port the HTTP server listens on (PORT, or the one the OS chose for PORT=0). */
  port: number;
  /** Stops taking requests, lets acknowledged work finish, then stops. Redis is the caller's to close. */
  stop(): Promise<void>;
}

export interface BotOptions {
  redis: Redis;
  log?: BotLog;
  now?: () => Date;
}

export interface ReminderRuntimeOptions {
  env: Pick<Env, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL' | 'REMINDER_CONCURRENCY'>;
  redis: Redis;
  keys: RedisKeys;
  log: BotLog;
  now: () => Date;
  runWorker: boolean;
}

/**
 * The reminders queue and scheduler, and unless told otherwise a worker whose jobs run the deliver-reminder
 * act over Slack. Used by the bot and by `npm run worker` (src/worker-main.ts).
 */
export function startReminderRuntime(options: ReminderRuntimeOptions): RemindersRuntime {
  const { redis, keys, log, now } = options;
  const incidents = new IncidentStore(redis, keys);
  const deadlines = new DeadlineStore(redis, keys);
  const deliveryDeps = {
    incidents,
    deadlines,
    ledger: new DeliveryLedger(redis, keys),
    timeline: new TimelineStore(redis, keys),
    poster: new SlackReminderPoster(reminderWebClient(options.env)),
    log,
    now,
  };
  return startReminders({
    redis,
    keys,
    log,
    now,
    worker: options.runWorker
      ? {
          concurrency: options.env.REMINDER_CONCURRENCY,
          deliver: (digest, attempt) => deliverDigest(deliveryDeps, digest, attempt),
          resume: (scheduler) => resumeReminders({ incidents, deadlines, reminders: scheduler, log, now }),
        }
      : null,
  });
}

/** Wires the stores, the reminders and the Bolt app, and starts it. Shared by main.ts and the tests. */
export async function startBot(env: Env, options: BotOptions): Promise<BotHandle> {
  const log = options.log ?? jsonLog(env.LOG_LEVEL);
  const keys = new RedisKeys(env.REDIS_KEY_PREFIX);
  const now = options.now ?? (() => new Date());
  // Fail fast at start: a wrong token or URL should be reported in seconds, not after the default half hour of retries.
  const startupClient = new WebClient(env.SLACK_BOT_TOKEN, {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 1000 },
  });
  const auth = await startupClient.auth.test();
  const reminders = startReminderRuntime({
    env,
    redis: options.redis,
    keys,
    log,
    now,
    runWorker: env.REMINDER_WORKER === 'on',
  });
  const inFlight = new InFlight();
  const botUserId = auth.user_id ?? '';
  const { app, ctx } = createSlackApp({
    env,
    redis: options.redis,
    inFlight,
    botUserId,
    botId: auth.bot_id ?? '',
    flows: {
      incidents: new IncidentStore(options.redis, keys),
      timeline: new TimelineStore(options.redis, keys),
      deadlines: new DeadlineStore(options.redis, keys),
      reminders: reminders.scheduler,
      settings: {
        channelPrefix: env.INCIDENT_CHANNEL_PREFIX,
        channelNaming: env.INCIDENT_CHANNEL_NAMES,
        checklistTemplate: DEFAULT_TEMPLATE_ID,
        responders: env.INCIDENT_RESPONDERS,
        botUserId,
        profile: { entityTypes: env.ORG_ENTITY_TYPES, dataTypes: env.ORG_DATA_TYPES },
      },
      now,
      log,
    },
  });
  const started = (await app.start(env.PORT).catch(async (error: unknown) => {
    await reminders.close();
    throw error;
  })) as Server | undefined;
  const address = started?.address?.() as AddressInfo | null | undefined;
  const port = address?.port ?? env.PORT;
  log.info('bot_started', { mode: env.SLACK_APP_TOKEN ? 'socket' : 'http', port });
  return {
    ctx,
    inFlight,
    port,
    async stop() {
      await app.stop();
      await inFlight.drain(10_000);
      // Workers last: a reminder being posted finishes; delayed ones wait in Redis for the next process.
      await reminders.close();
    },
  };
}
