import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';

export type LocalRedisOutcome =
  | { kind: 'already-running' }
  | { kind: 'started'; dataDir: string }
  | { kind: 'missing'; advice: string }
  | { kind: 'failed'; advice: string };

export const INSTALL_ADVICE = [
  'No Redis answers on 127.0.0.1:6379 (REDIS_URL is unset) and no redis-server is installed.',
  'Install one, then run `npm start` again:',
  '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y redis-server',
  '  macOS (Homebrew): brew install redis',
  'or point REDIS_URL at a Redis you already run, e.g. REDIS_URL=redis://redis.internal:6379',
].join('\n');

/** Resolves true when something accepts TCP connections on host:port within `timeoutMs`. */
export function portAnswers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/**
 * For a first run without REDIS_URL: when nothing answers on 127.0.0.1:6379, start a local redis-server
 * with its data under ./var/redis, the append-only file on (fsync every second: at most a second of writes
 * lost in a crash) and no eviction, so incidents and reminders survive a restart and memory pressure, and the
 * start-up check (src/store/redis-durability.ts) passes. It is daemonised so that it outlives a bot restart,
 * just like a Redis an operator runs. scripts/ensure-redis.sh --start starts the same.
 */
export async function ensureLocalRedis(
  workDir: string = process.cwd(),
  port = 6379,
  redisServer = 'redis-server',
): Promise<LocalRedisOutcome> {
  if (await portAnswers('127.0.0.1', port)) return { kind: 'already-running' };
  const which = spawnSync(redisServer, ['--version'], { stdio: 'ignore' });
  if (which.error || which.status !== 0) return { kind: 'missing', advice: INSTALL_ADVICE };
  const dataDir = resolve(workDir, 'var/redis');
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    redisServer,
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dataDir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--maxmemory-policy',
      'noeviction',
      '--daemonize',
      'yes',
      '--logfile',
      resolve(dataDir, 'redis.log'),
    ],
    { stdio: 'ignore' },
  );
  const exited = await new Promise<number | null>((done) => child.once('exit', done));
  if (exited !== 0)
    return { kind: 'failed', advice: `redis-server exited with ${exited}; see ${resolve(dataDir, 'redis.log')}.` };
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await portAnswers('127.0.0.1', port)) return { kind: 'started', dataDir };
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    kind: 'failed',
    advice: `redis-server was started but does not answer; see ${resolve(dataDir, 'redis.log')}.`,
  };
}
