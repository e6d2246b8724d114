import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { deletePrefix } from '../integration/test-bot';
import { SlackRequests } from '../support/slack-requests';
import {
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';

/** The compiled bot as `npm start` runs it: health, then SIGTERM finishing acknowledged work and exiting 0. */
const prefix = `test-shutdown-${process.pid}-${Date.now()}`;
const SECRET = 'shutdown-secret';
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

function startProcess(): Promise<{ port: number; output: () => string; exited: Promise<number | null> }> {
  child = spawn(process.execPath, [compiled('src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: sim.apiUrl,
      REDIS_URL: 'redis://127.0.0.1:6379',
      // The shared test Redis keeps nothing on disk; the start-up persistence check is waived for it.
      REDIS_ALLOW_VOLATILE: 'true',
      REDIS_KEY_PREFIX: prefix,
      PORT: '0',
    },
  });
  let out = '';
  const exited = new Promise<number | null>((done) => child!.on('exit', (code) => done(code)));
  return new Promise((resolve, reject) => {
    child!.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const started = /"event":"bot_started"[^\n]*"port":(\d+)/.exec(out);
      if (started) resolve({ port: Number(started[1]), output: () => out, exited });
    });
    child!.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`bot exited ${code} before starting: ${out}`)));
  });
}

test('serves /healthz, and on SIGTERM finishes an acknowledged open, then exits 0', async () => {
  const { port, output, exited } = await startProcess();
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

  const slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
  // Slow the channel creation so that the signal arrives while the open is in flight, after its ack.
  sim.setHandler('conversations.create', async (_args, ctx) => {
    child!.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    return ctx.callDefault();
  });
  const res = await slack.slashCommand({
    text: 'open Shutdown drill --drill',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  expect(res.status).toBe(200);
  expect(await exited).toBe(0);
  // The open that was acknowledged before the signal was carried through, checklist included.
  expect(
    sim.calls('chat.postMessage').some((c) => JSON.stringify(c.args.blocks ?? '').includes('checklist-progress')),
  ).toBe(true);
  expect((await sim.waitForResponse(res.responseUrlId)).body.text).toContain('is open');
  expect(output()).toContain('shutdown_complete');
}, 30_000);
