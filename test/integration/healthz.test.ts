import { createHook } from 'node:async_hooks';
import { Redis } from 'ioredis';
import { type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { bootTestBot, type TestBot } from './test-bot';

/** /healthz (readiness) reports Redis as it is: a bot whose Redis does not answer is not ready (503), not silently up. */
let sim: SlackSimulator;
let t: TestBot;
// Nothing listens on port 1; the client gives up at once, as during an outage. Its copies (BullMQ's blocking
// connections) wait `disconnectTimeout` before destroying a socket that is already gone: not for 2 s here.
const deadRedis = new Redis('redis://127.0.0.1:1', {
  maxRetriesPerRequest: null,
  lazyConnect: true,
  retryStrategy: () => null,
  disconnectTimeout: 100,
});

/**
 * Timers the bot made, still pending once it is stopped: what keeps the process up after a run (jest's "did not
 * exit one second after the test run" came from here: BullMQ workers started on this dead connection sat in a
 * stalled-check retry delay that close() does not end, then slept a full stalled interval, 35 s in all).
 */
const timers = new Map<number, WeakRef<NodeJS.Timeout>>();
const timerHook = createHook({
  init(id, type, _trigger, resource) {
    // Jest's own (each test's timeout) are not the bot's.
    if (type === 'Timeout' && !new Error().stack?.includes('/jest-circus/'))
      timers.set(id, new WeakRef(resource as NodeJS.Timeout));
  },
  destroy(id) {
    timers.delete(id);
  },
});
type NodeTimer = NodeJS.Timeout & { _destroyed?: boolean; _idleTimeout?: number; _onTimeout?: unknown };
/** Pending timers set for longer than `ms` (Node's own fields: no public API lists timers). */
function pendingTimers(ms: number): string[] {
  return [...timers.values()]
    .map((ref) => ref.deref() as NodeTimer | undefined)
    .filter((timer): timer is NodeTimer => timer !== undefined && !timer._destroyed && timer.hasRef())
    .filter((timer) => (timer._idleTimeout ?? 0) > ms)
    .map((timer) => `${timer._idleTimeout} ms: ${String(timer._onTimeout).slice(0, 100)}`);
}

let stopped = false;
beforeAll(async () => {
  timerHook.enable();
  sim = await startSlackSimulator();
  t = await bootTestBot(sim, deadRedis, `test-healthz-${process.pid}`, { REMINDER_WORKER: 'off' });
});

afterAll(async () => {
  timerHook.disable();
  if (!stopped) await t?.bot.stop();
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

test('once stopped, it leaves no timer that would keep the process up a second longer', async () => {
  stopped = true;
  await t.bot.stop();
  await sim.stop();
  timerHook.disable();
  expect(pendingTimers(1000)).toEqual([]);
});
