import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { SlackRequests } from '../support/slack-requests';
import {
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';
import { freePort, type Spawned, spawnNode, until } from './spawned';

/**
 * Redis Sentinel: a master and one sentinel monitoring it, started here; the compiled bot is given only the
 * sentinel (REDIS_SENTINELS) and finds the master through it. An open is stored on that master.
 */
const run = promisify(execFile);
const prefix = 'breachbot-sentinel';
const keys = new RedisKeys(prefix);
const SECRET = 'sentinel-secret';
let dir: string;
const servers: ChildProcess[] = [];
let bot: Spawned | undefined;
let master: Redis;
let masterPort: number;
let sim: SlackSimulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'breachbot-sentinel-'));
  masterPort = await freePort();
  const sentinelPort = await freePort();
  servers.push(
    spawn(
      'redis-server',
      [
        '--port',
        String(masterPort),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--maxmemory-policy',
        'noeviction',
        '--save',
        '',
      ],
      { stdio: 'ignore' },
    ),
  );
  await until(
    async () => (await run('redis-cli', ['-p', String(masterPort), 'ping'])).stdout.trim() === 'PONG',
    'master',
  );
  const conf = join(dir, 'sentinel.conf');
  writeFileSync(
    conf,
    `port ${sentinelPort}\nbind 127.0.0.1\ndir ${dir}\nsentinel monitor mymaster 127.0.0.1 ${masterPort} 1\n`,
  );
  servers.push(spawn('redis-server', [conf, '--sentinel'], { stdio: 'ignore' }));
  await until(
    async () =>
      (
        await run('redis-cli', ['-p', String(sentinelPort), 'sentinel', 'get-master-addr-by-name', 'mymaster'])
      ).stdout.includes(String(masterPort)),
    'sentinel',
  );
  master = new Redis(masterPort, '127.0.0.1', { maxRetriesPerRequest: null });
  sim = await startSlackSimulator();
  bot = spawnNode(
    'bot',
    compiled('src/main.js'),
    {
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: sim.apiUrl,
      REDIS_SENTINELS: `127.0.0.1:${sentinelPort}`,
      REDIS_SENTINEL_MASTER: 'mymaster',
      REDIS_KEY_PREFIX: prefix,
      PORT: '0',
    },
    ROOT,
  );
}, 60_000);

afterAll(async () => {
  bot?.child.kill('SIGKILL');
  await bot?.exited;
  await master?.quit().catch(() => undefined);
  await sim?.stop();
  for (const server of servers) server.kill('SIGKILL');
  await Promise.all(servers.map((s) => new Promise((r) => (s.exitCode !== null ? r(null) : s.once('exit', r)))));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('given only a sentinel, the bot finds the master and stores an opened incident there', async () => {
  const port = (await bot!.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/, 30_000))[1];
  const slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
  const res = await slack.slashCommand({
    text: 'open Sentinel check',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  expect(res.status).toBe(200);
  const reply = String((await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 })).body.text);
  const id = /\*(INC-[\w-]+)\*/.exec(reply)?.[1];
  expect(id).toBeDefined();
  expect((await new IncidentStore(master, keys).get(id!))?.title).toBe('Sentinel check');
});
