import { Redis } from 'ioredis';
import { deletePrefix } from '../integration/test-bot';
import { type RedisProxy, startRedisProxy } from '../support/redis-proxy';
import { SlackRequests } from '../support/slack-requests';
import { GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { type BotProcess, startBotProcess } from './bot-process';

/**
 * Issue 9, item 4: Redis dies at the very command with which an open schedules its reminders (the first SADD
 * to the incident's reminder index). The act's reminders go through the fail-fast connection like its records,
 * so the opener is answered within seconds with what exists and what is still to be finished, and SIGTERM
 * finds nothing stuck: a clean exit within the drain grace, nothing abandoned. (On the queue's patient
 * connection the command waited in ioredis's offline queue: no answer, and the open abandoned at shutdown.)
 */
const prefix = `test-act-redis-down-${process.pid}-${Date.now()}`;
const SECRET = 'act-redis-down-secret';
const GRACE_SECONDS = 4;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
let proxy: RedisProxy;
let bot: BotProcess | undefined;

beforeAll(async () => {
  sim = await startSlackSimulator();
  proxy = await startRedisProxy({ host: '127.0.0.1', port: 6379 });
});
afterAll(async () => {
  await bot?.kill();
  await proxy.close();
  await sim.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

test('Redis down at the scheduling step: the opener is answered, and SIGTERM exits cleanly within the grace', async () => {
  bot = await startBotProcess({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: sim.apiUrl,
    REDIS_URL: proxy.url,
    REDIS_KEY_PREFIX: prefix,
    SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
  });
  const slack = new SlackRequests({
    appUrl: bot.appUrl,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
  const cut = proxy.cutAt((chunk) => /sadd/i.test(chunk.toString('latin1')) && chunk.includes(':reminder-jobs'));
  const res = await slack.slashCommand({
    text: 'open Scheduling without Redis --regimes gdpr',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  expect(res.status).toBe(200);
  await cut;

  // Answered, never told that nothing was done: the channel exists, the rest is finished later.
  const answer = await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 });
  expect(String(answer.body.text)).toMatch(/INC-\d{8}-[0-9A-Z]{5}/);
  expect(String(answer.body.text)).not.toMatch(/nothing was (done|created)/i);

  const signalled = Date.now();
  bot.child.kill('SIGTERM');
  const code = await bot.exited;
  expect(Date.now() - signalled).toBeLessThan(GRACE_SECONDS * 1000 + 1500);
  expect(bot.output()).not.toContain('shutdown_abandoned');
  expect(bot.output()).toContain('"event":"shutdown_complete"');
  expect(code).toBe(0);
}, 60_000);
