import type { Redis } from 'ioredis';
import { type BotHandle, startBot } from '../../src/bot';
import type { Incident } from '../../src/domain/incidents/incident';
import { envSchema } from '../../src/runtime/env';
import type { BotLog } from '../../src/runtime/log';
import { SlackRequests } from '../support/slack-requests';
import { DEFAULT_BOT_TOKEN, GENERAL_CHANNEL_ID, type SlackSimulator } from '../support/slack-simulator';

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
  const created = sim.calls('conversations.create')[0]!;
  const incident = await t.bot.ctx.incidents.getByChannel((created.response.channel as { id: string }).id);
  if (!incident) throw new Error('the open stored no incident for its channel');
  await t.bot.inFlight.drain(5000);
  return incident;
}
