import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { deletePrefix } from '../integration/test-bot';
import { DEFAULT_BOT_TOKEN, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';
import { type Spawned, sample, spawnNode } from './spawned';

/**
 * The production image's layout, built as the Dockerfile builds it: dist/, package.json and the lock file,
 * and node_modules with the dev dependencies pruned (no TypeScript). The worker and the bot must start there
 * as the image starts them (`node dist/src/worker-main.js`, `node dist/src/main.js`), serve their health
 * and metrics, and stop cleanly on SIGTERM.
 */
const prefix = `test-prod-layout-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
let dir: string;
const procs: Spawned[] = [];

beforeAll(async () => {
  compiled('src/worker-main.js');
  dir = mkdtempSync(join(tmpdir(), 'breachbot-image-'));
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(ROOT, file), join(dir, file));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  // What `npm prune --omit=dev` leaves in the image's build stage; offline: nothing is fetched.
  execFileSync('npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
  sim = await startSlackSimulator();
}, 120_000);

afterAll(async () => {
  for (const p of procs) p.child.kill('SIGKILL');
  await Promise.all(procs.map((p) => p.exited));
  await sim?.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function startInImage(name: string, entry: string, env: Record<string, string>): Spawned {
  const proc = spawnNode(
    name,
    join(dir, entry),
    {
      NODE_ENV: 'production',
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      SLACK_API_URL: sim.apiUrl,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: prefix,
      REDIS_ALLOW_VOLATILE: 'true',
      ...env,
    },
    dir,
  );
  procs.push(proc);
  return proc;
}

test('the layout has no dev dependencies, and `npm run worker` builds nothing first', () => {
  expect(existsSync(join(dir, 'node_modules/typescript'))).toBe(false);
  expect(existsSync(join(dir, 'node_modules/prom-client'))).toBe(true);
  const scripts = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  expect(scripts.worker).toBe('node dist/src/worker-main.js');
  expect(scripts.preworker).toBeUndefined();
});

test('the worker starts in the pruned layout, serves /healthz and /metrics, and exits 0 on SIGTERM', async () => {
  const worker = startInImage('worker', 'dist/src/worker-main.js', { WORKER_METRICS_PORT: '0' });
  const port = (await worker.waitFor(/"event":"reminder_worker_started"[^\n]*"metrics_port":(\d+)/, 30_000))[1];
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  const exposition = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  expect(sample(exposition, 'breachbot_redis_up', { process: 'worker' })).toBe(1);
  worker.child.kill('SIGTERM');
  expect(await worker.exited).toBe(0);
  expect(worker.events('shutdown_complete')).toHaveLength(1);
}, 45_000);

test('the bot starts in the pruned layout too, and serves /metrics on its port', async () => {
  const bot = startInImage('bot', 'dist/src/main.js', { SLACK_SIGNING_SECRET: 'image-secret', PORT: '0' });
  const port = (await bot.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/, 30_000))[1];
  const exposition = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  expect(sample(exposition, 'breachbot_slack_api_calls_total', { method: 'auth.test', outcome: 'ok' })).toBe(1);
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
}, 45_000);
