import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { WebClient } from '@slack/web-api';
import type { Redis } from 'ioredis';
import type { Env } from './runtime/env';
import { DEFAULT_TEMPLATE_ID } from './domain/checklist/templates';
import { IncidentService } from './flows/incident-service';
import { IncidentStore } from './store/incident-store';
import { InFlight } from './runtime/in-flight';
import { RedisKeys } from './store/keys';
import { createSlackApp } from './slack/app';
import { TimelineStore } from './store/timeline-store';
import { jsonLog, type BotLog, type BotServices } from './slack/bot-services';
import { DeadlineService } from './flows/deadline-service';
import { DeadlineStore } from './store/deadline-store';
import { catalogRegimes, computeWithCatalog } from './domain/obligations/catalog-engine';
import { startReminders } from '../jobs/reminders/runtime';

export interface BotHandle {
  services: BotServices;
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

/** Wires the services to the Bolt app and starts it. The composition root shared by main.ts and the tests. */
export async function startBot(env: Env, options: BotOptions): Promise<BotHandle> {
  const log = options.log ?? jsonLog(env.LOG_LEVEL);
  const keys = new RedisKeys(env.REDIS_KEY_PREFIX);
  const store = new IncidentStore(options.redis, keys);
  // Fail fast at start: a wrong token or URL should be reported in seconds, not after the default half hour of retries.
  const startupClient = new WebClient(env.SLACK_BOT_TOKEN, {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 1000 },
  });
  const auth = await startupClient.auth.test();
  const now = options.now ?? (() => new Date());
  // Deadline reminders: the queue and scheduler always; the worker too unless REMINDER_WORKER=off.
  const reminders = startReminders({ env, redis: options.redis, keys, log, now, runWorker: env.REMINDER_WORKER === 'on' });
  const services: BotServices = {
    env,
    redis: options.redis,
    keys,
    incidents: new IncidentService(store, {
      channelPrefix: env.INCIDENT_CHANNEL_PREFIX,
      channelNaming: env.INCIDENT_CHANNEL_NAMES,
      checklistTemplate: DEFAULT_TEMPLATE_ID,
    }),
    timeline: new TimelineStore(options.redis, keys),
    botUserId: auth.user_id ?? '',
    botId: auth.bot_id ?? '',
    now,
    inFlight: new InFlight(),
    log,
    deadlines: new DeadlineService(new DeadlineStore(options.redis, keys), {
      compute: computeWithCatalog,
      regimeIds: catalogRegimes,
      profile: { entityTypes: env.ORG_ENTITY_TYPES, dataTypes: env.ORG_DATA_TYPES },
    }),
    reminders: reminders.scheduler,
  };
  const app = createSlackApp(services);
  const started = (await app.start(env.PORT).catch(async (error: unknown) => {
    await reminders.close();
    throw error;
  })) as Server | undefined;
  const address = started?.address?.() as AddressInfo | null | undefined;
  const port = address?.port ?? env.PORT;
  log.info('bot_started', { mode: env.SLACK_APP_TOKEN ? 'socket' : 'http', port });
  return {
    services,
    port,
    async stop() {
      await app.stop();
      await services.inFlight.drain(10_000);
      // Workers last: a reminder being posted finishes; delayed ones wait in Redis for the next process.
      await reminders.close();
    },
  };
}
