import { Redis } from 'ioredis';
import { type BotHandle, startBot } from '../../src/bot';
import type { Incident } from '../../src/domain/incidents/incident';
import { envSchema } from '../../src/runtime/env';
import type { BotLog } from '../../src/runtime/log';
import { expectDrained } from '../support/expect-drained';
import { SlackRequests, type SlashCommandInput } from '../support/slack-requests';
import {
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SimulatorOptions,
  SlackSimulator,
} from '../support/slack-simulator';

export const SIGNING_SECRET = 'test-signing-secret';

/** A log that keeps every line, so tests can check that nothing personal reached it. */
export function capturingLog(): BotLog & { lines: string[] } {
  const lines: string[] = [];
  const push = (event: string, fields?: Record<string, unknown>) =>
    void lines.push(JSON.stringify({ event, ...fields }));
  return { lines, info: push, warn: push, error: push };
}

export interface TestBot {
  bot: BotHandle;
  slack: SlackRequests;
  appUrl: string;
}

/** The real app (startBot) on a random port, against the simulator, under the given Redis key prefix. */
export async function bootTestBot(
  sim: SlackSimulator,
  redis: Redis,
  prefix: string,
  env: Record<string, string> = {},
  log?: BotLog,
): Promise<TestBot> {
  const parsed = envSchema.parse({
    SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: sim.apiUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    PORT: '0',
    LOG_LEVEL: 'error',
    // In-process bots run from the TypeScript sources, where there is no compiled thread script: the engine runs
    // inline here; the compiled bot (test/process/) and test/process/obligation-threads.test.ts run the threads.
    OBLIGATION_THREADS: '0',
    ...env,
  });
  const bot = await startBot(parsed, { redis, ...(log ? { log } : {}) });
  const appUrl = `http://127.0.0.1:${bot.port}`;
  return {
    bot,
    appUrl,
    slack: new SlackRequests({ appUrl, signingSecret: SIGNING_SECRET, responseUrl: (id) => sim.responseUrl(id) }),
  };
}

/** Deletes every key of a test prefix: the bot's own and BullMQ's. */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  const found = [...(await redis.keys(`${prefix}:*`)), ...(await redis.keys(`{${prefix}:bull}*`))];
  if (found.length) await redis.del(...found);
}

/**
 * `/incident open <title>` typed by `user` in #general, waited for until the opener is answered and every
 * step of the open has run: the stored incident. Only for a simulator that has created no channel before.
 */
export async function openIncidentThroughSlack(
  t: TestBot,
  sim: SlackSimulator,
  title: string,
  user = 'UALICE',
): Promise<Incident> {
  const res = await t.slack.slashCommand({ text: `open ${title}`, user_id: user, channel_id: GENERAL_CHANNEL_ID });
  const answer = String((await sim.waitForResponse(res.responseUrlId)).body.text);
  if (!answer.includes('is open')) throw new Error(`open was not answered "is open": ${answer}`);
  // The channel this open created: the latest, so a suite may open several in turn.
  const created = sim.calls('conversations.create').at(-1)!;
  const incident = await t.bot.ctx.incidents.getByChannel((created.response.channel as { id: string }).id);
  if (!incident) throw new Error('the open stored no incident for its channel');
  await t.bot.inFlight.drain(5000);
  return incident;
}

export interface TestBotOptions {
  /** How the Redis key prefix starts; the process id and the time follow, so no two runs share keys. */
  name: string;
  /** Environment over bootTestBot's (REMINDER_WORKER, INCIDENT_RESPONDERS, …); a function when it needs the simulator. */
  env?: Record<string, string> | ((sim: SlackSimulator) => Record<string, string>);
  log?: BotLog;
  /** The simulator's workspace and token (users, user groups, scopes). */
  simulator?: SimulatorOptions;
  /** Runs once the simulator listens and before the bot starts: what the bot must find in Slack from its first call. */
  beforeBoot?: (sim: SlackSimulator) => void | Promise<void>;
}

export interface TestBotSuite {
  /** The Redis key prefix, removed after the file. */
  prefix: string;
  /** The file's connection to the real Redis (127.0.0.1:6379), closed after the file. */
  redis: Redis;
  /** The simulator; it listens from the file's first beforeAll on. */
  sim: SlackSimulator;
  /** The bot booted in the file's first beforeAll; reading it sooner throws. */
  t: TestBot;
}

/**
 * The set-up of a suite that drives one bot: registers a beforeAll that starts the simulator and boots the bot
 * (bootTestBot) and an afterAll that stops both and deletes the prefix's keys. Call it at the top of the file,
 * before any beforeAll of the file's own, which then runs with the bot up.
 */
export function useTestBot(options: TestBotOptions): TestBotSuite {
  const prefix = `${options.name}-${process.pid}-${Date.now()}`;
  const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  const sim = new SlackSimulator(options.simulator);
  let booted: TestBot | undefined;
  const up = (): TestBot => {
    if (!booted) throw new Error('the test bot is not booted yet: use it in a test or a beforeAll after useTestBot');
    return booted;
  };
  const t: TestBot = {
    get bot() {
      return up().bot;
    },
    get slack() {
      return up().slack;
    },
    get appUrl() {
      return up().appUrl;
    },
  };

  beforeAll(async () => {
    await sim.start();
    await options.beforeBoot?.(sim);
    const env = typeof options.env === 'function' ? options.env(sim) : options.env;
    booted = await bootTestBot(sim, redis, prefix, env, options.log);
  });

  afterAll(async () => {
    await booted?.bot.stop();
    await sim.stop();
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  return { prefix, redis, sim, t };
}

/**
 * `/incident <text>` sent signed, answered 200, and waited for until the work it set off is over (the test fails
 * if some is still running after `timeoutMs`): the id of its response_url, '' when it has none.
 */
export async function runCommand(t: TestBot, input: SlashCommandInput, timeoutMs = 20_000): Promise<string> {
  const res = await t.slack.slashCommand(input);
  expect(res.status).toBe(200);
  await expectDrained(t.bot.inFlight, timeoutMs);
  return res.responseUrlId ?? '';
}
