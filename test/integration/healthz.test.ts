import { Redis } from 'ioredis';
import { type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { bootTestBot, type TestBot } from './test-bot';

/** /healthz (readiness) reports Redis as it is: a bot whose Redis does not answer is not ready (503), not silently up. */
let sim: SlackSimulator;
let t: TestBot;
// Nothing listens on port 1; the client gives up at once, as during an outage.
const deadRedis = new Redis('redis://127.0.0.1:1', {
  maxRetriesPerRequest: null,
  lazyConnect: true,
  retryStrategy: () => null,
});

beforeAll(async () => {
  sim = await startSlackSimulator();
  t = await bootTestBot(sim, deadRedis, `test-healthz-${process.pid}`, { REMINDER_WORKER: 'off' });
});

afterAll(async () => {
  await t?.bot.stop();
  await sim?.stop();
  deadRedis.disconnect();
});

test('answers 503 naming Redis when Redis does not answer', async () => {
  const res = await fetch(`${t.appUrl}/healthz`);
  expect(res.status).toBe(503);
  expect(await res.json()).toEqual({ redis: 'unreachable' });
});

test('liveness answers 200 all the same: a Redis outage is no reason to restart the bot', async () => {
  const res = await fetch(`${t.appUrl}/livez`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});
