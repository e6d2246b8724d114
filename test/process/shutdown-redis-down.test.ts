import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { startRedisServer, type TestRedisServer } from '../support/redis-server';
import { SlackRequests } from '../support/slack-requests';
import {
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';

/**
 * Issue 9, items 4 and 6: SIGTERM always ends the compiled bot within SHUTDOWN_GRACE_SECONDS, even with Redis
 * down (BullMQ's worker and QUIT would otherwise wait for it forever), and the log says what was abandoned:
 * act names and counts, nothing else.
 */
const prefix = `test-shutdown-down-${process.pid}-${Date.now()}`;
const SECRET = 'shutdown-down-secret';
const GRACE_SECONDS = 4;
let sim: SlackSimulator;
let server: TestRedisServer;
let child: ChildProcessWithoutNullStreams | undefined;

beforeAll(async () => {
  sim = await startSlackSimulator();
});
afterEach(async () => {
  child?.kill('SIGKILL');
  await server?.dispose();
});
afterAll(async () => {
  await sim.stop();
});

interface Started {
  port: number;
  output: () => string;
  /** Exit code and when it happened (epoch ms). */
  exited: Promise<{ code: number | null; at: number }>;
}

async function startBot(entry: 'src/main.js' | 'src/worker-main.js' = 'src/main.js'): Promise<Started> {
  server = await startRedisServer();
  child = spawn(process.execPath, [compiled(entry)], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: sim.apiUrl,
      REDIS_URL: server.url,
      REDIS_ALLOW_VOLATILE: 'true',
      REDIS_KEY_PREFIX: prefix,
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
      PORT: '0',
    },
  });
  let out = '';
  const exited = new Promise<{ code: number | null; at: number }>((done) =>
    child!.on('exit', (code) => done({ code, at: Date.now() })),
  );
  return new Promise((resolve, reject) => {
    const feed = (chunk: Buffer) => {
      out += chunk.toString();
      const started = /"event":"(?:bot_started[^\n]*"port":(\d+)|reminder_worker_started)/.exec(out);
      if (started) resolve({ port: Number(started[1] ?? 0), output: () => out, exited });
    };
    child!.stdout.on('data', feed);
    child!.stderr.on('data', feed);
    void exited.then(({ code }) => reject(new Error(`bot exited ${code} before starting: ${out}`)));
  });
}

async function until(predicate: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('Redis down, an open stuck on Slack: SIGTERM exits within the grace and logs the open as abandoned', async () => {
  const { port, output, exited } = await startBot();
  const slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
  // Slack never answers the channel creation: the open stays in flight.
  let inCreate: () => void = () => undefined;
  const entered = new Promise<void>((resolve) => {
    inCreate = resolve;
  });
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  sim.setHandler('conversations.create', async (_args, ctx) => {
    inCreate();
    await released;
    return ctx.callDefault();
  });
  try {
    const res = await slack.slashCommand({
      text: 'open Stuck open --drill',
      user_id: 'UALICE',
      channel_id: GENERAL_CHANNEL_ID,
    });
    expect(res.status).toBe(200);
    await entered;
    await server.stop();
    await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 503);

    const signalled = Date.now();
    child!.kill('SIGTERM');
    const { code, at } = await exited;
    expect(at - signalled).toBeLessThan(GRACE_SECONDS * 1000 + 1500);
    expect(code).toBe(1);
    const abandoned = output()
      .split('\n')
      .filter((line) => line.includes('"event":"shutdown_abandoned"'));
    expect(abandoned.join('\n')).toMatch(/"inFlight":1,"acts":"command_open:1"/);
    expect(output()).not.toContain('Stuck open');
    expect(output()).not.toContain('shutdown_complete');
  } finally {
    release();
    sim.setHandler('conversations.create', (_args, ctx) => ctx.callDefault());
  }
}, 60_000);

test('Redis down, nothing in flight: SIGTERM still exits within the grace', async () => {
  const { port, exited, output } = await startBot();
  await server.stop();
  await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 503);
  expect((await fetch(`http://127.0.0.1:${port}/livez`)).status).toBe(200);
  const signalled = Date.now();
  child!.kill('SIGTERM');
  const { code, at } = await exited;
  expect(at - signalled).toBeLessThan(GRACE_SECONDS * 1000 + 1500);
  // Nothing acknowledged was left unfinished: a clean exit, though BullMQ could not be closed in an orderly way.
  expect(code).toBe(0);
  expect(output()).toContain('"event":"shutdown_complete"');
  expect(output()).not.toContain('shutdown_abandoned');
  expect(output()).toMatch(/"event":"shutdown_started","signal":"SIGTERM","graceMs":4000/);
}, 60_000);

test('the reminder worker with Redis down: SIGTERM exits within the grace too', async () => {
  const { exited, output } = await startBot('src/worker-main.js');
  await server.stop();
  await until(async () => output().includes('"event":"redis_unreachable"'));
  const signalled = Date.now();
  child!.kill('SIGTERM');
  const { at } = await exited;
  expect(at - signalled).toBeLessThan(GRACE_SECONDS * 1000 + 1500);
  expect(output()).toMatch(/"event":"shutdown_started","signal":"SIGTERM","graceMs":4000/);
}, 60_000);
