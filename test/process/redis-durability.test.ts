import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { startRedisServer, type TestRedisServer } from '../support/redis-server';
import { DEFAULT_BOT_TOKEN, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';

/**
 * Issue 9, item 5: the compiled bot and worker read Redis's maxmemory-policy and persistence at start and
 * refuse a Redis that would lose reminders, naming the setting and the fix; REDIS_ALLOW_VOLATILE waives only
 * persistence; a Redis that refuses CONFIG (as managed services do) gets a warning, and the bot starts.
 * Each case runs against a redis-server of the test's own.
 */
const prefix = `test-durability-${process.pid}-${Date.now()}`;
let sim: SlackSimulator;
const servers: TestRedisServer[] = [];
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  sim = await startSlackSimulator();
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await sim.stop();
  for (const server of servers) await server.dispose();
});

async function redisWith(args: string[]): Promise<TestRedisServer> {
  const server = await startRedisServer(args);
  servers.push(server);
  return server;
}

interface Run {
  /** Resolves with the exit code, or 'started' once the process says it runs (it is then stopped). */
  outcome: Promise<number | null | 'started'>;
  output: () => string;
}

function run(
  entry: 'src/main.js' | 'src/worker-main.js',
  server: TestRedisServer,
  env: Record<string, string> = {},
): Run {
  const child = spawn(process.execPath, [compiled(entry)], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      SLACK_SIGNING_SECRET: 'durability-secret',
      SLACK_API_URL: sim.apiUrl,
      REDIS_URL: server.url,
      REDIS_KEY_PREFIX: prefix,
      PORT: '0',
      ...env,
    },
  });
  children.push(child);
  let out = '';
  const outcome = new Promise<number | null | 'started'>((resolve) => {
    const feed = (chunk: Buffer) => {
      out += chunk.toString();
      if (/"event":"(bot_started|reminder_worker_started)"/.test(out)) {
        child.kill('SIGKILL');
        resolve('started');
      }
    };
    child.stdout.on('data', feed);
    child.stderr.on('data', feed);
    child.on('exit', (code) => resolve(code));
  });
  return { outcome, output: () => out };
}

test('a Redis without persistence is refused, naming appendonly and save and how to turn the AOF on', async () => {
  const server = await redisWith(['--appendonly', 'no', '--save', '']);
  const bot = run('src/main.js', server);
  expect(await bot.outcome).toBe(1);
  expect(bot.output()).toContain('breachbot cannot start; fix these Redis settings');
  expect(bot.output()).toContain('Redis persistence is off (appendonly is "no" and save is "")');
  expect(bot.output()).toContain('CONFIG SET appendonly yes');
  expect(bot.output()).not.toMatch(/^\s+at /m);
  const worker = run('src/worker-main.js', server);
  expect(await worker.outcome).toBe(1);
  expect(worker.output()).toContain('breachbot worker cannot start; fix these Redis settings');
  expect(worker.output()).toContain('Redis persistence is off');
}, 60_000);

test('REDIS_ALLOW_VOLATILE=true starts on that Redis, with a warning that a restart loses everything', async () => {
  const server = await redisWith(['--appendonly', 'no', '--save', '']);
  const bot = run('src/main.js', server, { REDIS_ALLOW_VOLATILE: 'true' });
  expect(await bot.outcome).toBe('started');
  expect(bot.output()).toMatch(/"event":"redis_persistence_waived"/);
}, 60_000);

test('an eviction policy is refused even with REDIS_ALLOW_VOLATILE, naming the policy and noeviction', async () => {
  const server = await redisWith(['--appendonly', 'yes', '--maxmemory-policy', 'allkeys-lru']);
  for (const entry of ['src/main.js', 'src/worker-main.js'] as const) {
    const proc = run(entry, server, { REDIS_ALLOW_VOLATILE: 'true' });
    expect(await proc.outcome).toBe(1);
    expect(proc.output()).toContain('Redis maxmemory-policy is "allkeys-lru"; breachbot needs "noeviction"');
    expect(proc.output()).toContain('CONFIG SET maxmemory-policy noeviction');
    expect(proc.output()).not.toContain('persistence is off');
  }
}, 60_000);

test('with the append-only file and noeviction the bot starts and says the settings were checked', async () => {
  const server = await redisWith(['--appendonly', 'yes', '--appendfsync', 'everysec']);
  const bot = run('src/main.js', server);
  expect(await bot.outcome).toBe('started');
  expect(bot.output()).toMatch(/"event":"redis_settings_checked","maxmemoryPolicy":"noeviction","appendonly":"yes"/);
}, 60_000);

test('a Redis that refuses CONFIG (renamed away, as managed services do): a warning, and the bot starts', async () => {
  const server = await redisWith(['--rename-command', 'CONFIG', '']);
  const bot = run('src/main.js', server);
  expect(await bot.outcome).toBe('started');
  expect(bot.output()).toMatch(/"event":"redis_settings_unchecked","reason":"ERR"/);
  expect(bot.output()).toContain('Make sure maxmemory-policy is noeviction and persistence');
}, 60_000);
