import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ensureLocalRedis, INSTALL_ADVICE } from '../../src/runtime/local-redis';

/** `npm start` without REDIS_URL: use a Redis that answers, else start one, else say how to install one. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const workDir = mkdtempSync(join(tmpdir(), 'breachbot-local-redis-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test('uses the Redis that already answers', async () => {
  expect(await ensureLocalRedis(workDir, 6379)).toEqual({ kind: 'already-running' });
});

test('starts redis-server with its data under ./var/redis, the append-only file on and no eviction', async () => {
  const port = await freePort();
  const outcome = await ensureLocalRedis(workDir, port);
  expect(outcome).toEqual({ kind: 'started', dataDir: join(workDir, 'var/redis') });
  // No retries: SHUTDOWN drops the connection, and a retrying client would wait for the server forever.
  const redis = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    expect(await redis.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
    expect(await redis.config('GET', 'appendfsync')).toEqual(['appendfsync', 'everysec']);
    expect(await redis.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
    expect(await redis.config('GET', 'dir')).toEqual(['dir', join(workDir, 'var/redis')]);
    await redis.set('k', 'v');
  } finally {
    await redis.shutdown('NOSAVE').catch(() => undefined);
    // Ended already (SHUTDOWN closed it): disconnecting again would set ioredis's 2 s timer to destroy a socket
    // that is gone, and keep jest's process up that long after the run.
    if (redis.status !== 'end') redis.disconnect();
  }
  expect(existsSync(join(workDir, 'var/redis'))).toBe(true);
});

test('without redis-server it explains how to install one', async () => {
  const port = await freePort();
  expect(await ensureLocalRedis(workDir, port, '/nonexistent/redis-server')).toEqual({
    kind: 'missing',
    advice: INSTALL_ADVICE,
  });
  expect(INSTALL_ADVICE).toContain('apt-get install -y redis-server');
});
