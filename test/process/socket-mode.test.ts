import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { Redis } from 'ioredis';
import { deletePrefix } from '../integration/test-bot';
import {
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';

/**
 * The compiled bot in Socket Mode (SLACK_APP_TOKEN set, no signing secret): it fetches its WebSocket URL with
 * apps.connections.open from SLACK_API_URL, takes slash commands as envelopes and acks them on the socket,
 * still serves /healthz on PORT, and exits 0 on SIGTERM.
 */
const prefix = `test-socket-${process.pid}-${Date.now()}`;
let sim: SlackSimulator;
let child: ChildProcessWithoutNullStreams | undefined;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });

beforeAll(async () => {
  sim = await startSlackSimulator();
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await sim.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

/** A port nobody listens on now (Socket Mode's HTTP server cannot report the port it got for PORT=0). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function startProcess(port: number): Promise<{ output: () => string; exited: Promise<number | null> }> {
  child = spawn(process.execPath, [compiled('src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      SLACK_APP_TOKEN: sim.appToken,
      SLACK_API_URL: sim.apiUrl,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: prefix,
      PORT: String(port),
    },
  });
  let out = '';
  const exited = new Promise<number | null>((done) => child!.on('exit', (code) => done(code)));
  return new Promise((resolve, reject) => {
    child!.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/"event":"bot_started"[^\n]*"mode":"socket"/.test(out)) resolve({ output: () => out, exited });
    });
    child!.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`bot exited ${code} before starting: ${out}`)));
  });
}

test('Socket Mode: connects with the app token, answers /incident over the socket, serves /healthz, exits 0 on SIGTERM', async () => {
  const port = await freePort();
  const { output, exited } = await startProcess(port);

  // It asked the simulator (SLACK_API_URL), not slack.com, for its WebSocket URL, with the app-level token.
  const open = sim.calls('apps.connections.open');
  expect(open).toHaveLength(1);
  expect(open[0]!.token).toBe(sim.appToken);
  expect(open[0]!.response.ok).toBe(true);
  expect(String(open[0]!.response.url)).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=/);
  await sim.socketMode.waitForConnection();
  expect(sim.socketMode.openConnections()).toHaveLength(1);

  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ redis: 'ok' });

  const help = await sim.socketMode.request(
    sim.socketMode.slashCommandEnvelope({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID }),
    { timeoutMs: 10_000 },
  );
  expect(help.payload.response_type).toBe('ephemeral');
  expect(String(help.payload.text)).toContain('/incident open <title>');

  const since = sim.mark();
  const opened = await sim.socketMode.request(
    sim.socketMode.slashCommandEnvelope({
      text: 'open Socket mode test',
      user_id: 'UALICE',
      channel_id: GENERAL_CHANNEL_ID,
      response_url: sim.responseUrl('socket-open'),
    }),
    { timeoutMs: 10_000 },
  );
  // Acknowledged at once with a visible line naming the incident; the work follows.
  expect(opened.payload).toEqual({
    response_type: 'ephemeral',
    text: expect.stringMatching(/^Opening incident \*INC-.+\*; the channel will follow\.$/),
  });
  const create = await sim.waitForCall('conversations.create', undefined, { since, timeoutMs: 10_000 });
  const channel = String((create.response.channel as { id: string }).id);
  expect(sim.channel(channel)).toMatchObject({
    is_private: true,
    name: expect.stringMatching(/^inc-\d{8}-socket-mode-test$/),
  });
  await sim.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === channel && JSON.stringify(c.args.blocks ?? '').includes('checklist-progress'),
    { since, timeoutMs: 10_000 },
  );
  const reply = await sim.waitForResponse('socket-open', undefined, { timeoutMs: 10_000 });
  expect(String(reply.body.text)).toMatch(/is open in <#/);

  child!.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(output()).toContain('shutdown_complete');
  // Only the Socket Mode session was used: no second apps.connections.open (no reconnect loop).
  expect(sim.calls('apps.connections.open')).toHaveLength(1);
}, 30_000);
