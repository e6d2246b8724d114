import { Redis } from 'ioredis';
import { RedisKeys } from '../../src/store/keys';
import { startRedisServer, type TestRedisServer } from '../support/redis-server';
import { GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { bootTestBot, capturingLog, type TestBot } from './test-bot';

/**
 * Issue 9, item 4: a Redis outage is answered, fast and plainly. The bot runs against a redis-server of the
 * test's own, which the test kills, pauses and brings back; the Slack side is the simulator.
 */
const prefix = `test-outage-${process.pid}-${Date.now()}`;
const keys = new RedisKeys(prefix);
const log = capturingLog();
let server: TestRedisServer;
let redis: Redis;
let sim: SlackSimulator;
let t: TestBot;

beforeAll(async () => {
  server = await startRedisServer();
  // Reconnect quickly once the server is back, as a production client would within a second or two.
  redis = new Redis(server.url, { maxRetriesPerRequest: null, retryStrategy: () => 50 });
  redis.on('error', () => undefined);
  sim = await startSlackSimulator();
  t = await bootTestBot(sim, redis, prefix, { REDIS_URL: server.url, REMINDER_WORKER: 'off' }, log);
});

afterAll(async () => {
  server?.resume();
  await t?.bot.stop();
  await sim?.stop();
  redis?.disconnect();
  await server?.dispose();
});

async function until(predicate: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const status = async (path: string) => (await fetch(`${t.appUrl}${path}`)).status;

/** Sends a slash command; resolves with the private answer and how long it took from the request. */
async function command(
  text: string,
  channel = GENERAL_CHANNEL_ID,
): Promise<{ text: string; ms: number; type: unknown }> {
  const started = Date.now();
  const res = await t.slack.slashCommand({ text, user_id: 'UALICE', channel_id: channel });
  expect(res.status).toBe(200);
  // An open is answered in the acknowledgement when it cannot even be recorded; its result otherwise follows.
  const acked = res.body ? (JSON.parse(res.body) as { text?: string; response_type?: unknown }) : null;
  if (acked?.text && !acked.text.startsWith('Opening ')) {
    return { text: acked.text, ms: Date.now() - started, type: acked.response_type };
  }
  const reply = await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 });
  return { text: String(reply.body.text), ms: Date.now() - started, type: reply.body.response_type };
}

test('while Redis is down: readiness 503, liveness 200, and /incident open is answered within 3 s without a channel', async () => {
  expect(await status('/healthz')).toBe(200);
  expect(await status('/livez')).toBe(200);

  await server.stop();
  await until(async () => (await status('/healthz')) === 503);
  // Liveness does not ask Redis: an orchestrator must not restart the bot for a Redis blip.
  expect(await status('/livez')).toBe(200);

  const since = sim.mark();
  const open = await command('open Laptop stolen --severity sev2');
  expect(open.ms).toBeLessThan(3000);
  expect(open.type).toBe('ephemeral');
  expect(open.text).toMatch(/^Nothing was recorded: the incident records \(Redis\) are not answering/);
  expect(open.text).toMatch(/Try again in a minute/);
  const elsewhere = await command('status', 'C0SOMEWHERE');
  expect(elsewhere.ms).toBeLessThan(3000);
  expect(elsewhere.text).toMatch(/^Nothing was recorded/);
  expect(sim.calls().filter((c) => c.seq > since)).toEqual([]);

  // Redis is back: nothing the refused open asked for happens behind the person's back (no queue replays it),
  // and the next open works. Its channel is the only one created since the outage began.
  await server.start();
  await until(async () => (await status('/healthz')) === 200);
  const reopened = await command('open Laptop stolen --severity sev2');
  expect(reopened.text).toMatch(/is open in <#C/);
  expect(sim.calls('conversations.create').filter((c) => c.seq > since)).toHaveLength(1);
  expect(await redis.keys(keys.incident('*'))).toHaveLength(1);
  expect(log.lines.some((l) => l.includes('"event":"open_not_recorded"'))).toBe(true);
});

test('a Redis that holds the connection and answers nothing: the open is refused within 3 s, no channel', async () => {
  const since = sim.mark();
  server.pause();
  try {
    const open = await command('open Paused store');
    expect(open.ms).toBeLessThan(3000);
    expect(open.text).toMatch(/^Nothing was recorded/);
    expect(sim.calls('conversations.create').filter((c) => c.seq > since)).toEqual([]);
  } finally {
    server.resume();
  }
  await until(async () => (await status('/healthz')) === 200);
});

test('incident ids never repeat after Redis lost its data', async () => {
  const first = await command('open Before the loss');
  const firstId = /\*(INC-[0-9A-Z-]+)\*/.exec(first.text)?.[1];
  expect(firstId).toMatch(/^INC-\d{8}-[0-9A-Z]{5}$/);
  // The server keeps nothing on disk: killed and started again, it is empty.
  await server.stop();
  await server.start();
  await until(async () => (await status('/healthz')) === 200);
  expect(await redis.dbsize()).toBe(0);
  // A later moment (ids carry a 2.6 s time slot), as any open after a restart is.
  const slotOf = () => Math.floor(((Date.now() % 86_400_000) * 32 ** 3) / 86_400_000);
  const slot = slotOf();
  await until(async () => slotOf() !== slot);
  const second = await command('open After the loss');
  const secondId = /\*(INC-[0-9A-Z-]+)\*/.exec(second.text)?.[1];
  expect(secondId).toMatch(/^INC-\d{8}-[0-9A-Z]{5}$/);
  expect(secondId).not.toBe(firstId);
});
