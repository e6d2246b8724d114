import { Redis } from 'ioredis';
import { runVerify } from '../../src/cli/verify-command';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';

const prefix = `test-verify-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const keys = new RedisKeys(prefix);
const timeline = new TimelineStore(redis, keys);

afterAll(async () => {
  const found = await redis.keys(`${prefix}:*`);
  if (found.length) await redis.del(...found);
  await redis.quit();
});

async function verify(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runVerify(args, {
    env: { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix },
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

async function seed(id: string, n: number, options: { dedupe: boolean } = { dedupe: true }): Promise<void> {
  await redis.set(keys.incident(id), '{}');
  for (let i = 0; i < n; i += 1) {
    await timeline.append(id, {
      kind: 'decision',
      actor: 'U1',
      at: new Date(Date.UTC(2026, 10, 29, 12, 0, i)).toISOString(),
      summary: `decision ${i}`,
      ...(options.dedupe ? { dedupeKey: `k${i}` } : {}),
    });
  }
}

describe('breachbot verify (in process, real Redis)', () => {
  test('an untouched timeline verifies: exit 0 with the count', async () => {
    await seed('INC-1', 6);
    const r = await verify('INC-1');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^OK INC-1: 6 timeline entries, SHA-256 chain intact; last hash [0-9a-f]{64}\n/);
    expect(r.out).toContain('Only the Redis-internal check ran');
  });

  test('an edited entry is the first broken link: exit 1', async () => {
    await seed('INC-2', 5);
    const stored = JSON.parse((await redis.lindex(keys.timeline('INC-2'), 3))!);
    await redis.lset(keys.timeline('INC-2'), 3, JSON.stringify({ ...stored, actor: 'UMALLORY' }));
    const r = await verify('INC-2');
    expect(r.code).toBe(1);
    expect(r.out).toContain('BROKEN INC-2: first broken link at entry 3 of 5');
  });

  test('a removed middle entry, a garbage entry and a cut-off tail are all caught', async () => {
    await seed('INC-3', 5);
    await redis.lrem(keys.timeline('INC-3'), 1, (await redis.lindex(keys.timeline('INC-3'), 1))!);
    expect((await verify('INC-3')).out).toContain('first broken link at entry 1');

    await seed('INC-4', 3);
    await redis.lset(keys.timeline('INC-4'), 2, 'not json');
    expect((await verify('INC-4')).out).toContain('entry 2 is not a well-formed timeline entry');

    await seed('INC-5', 4);
    await redis.rpop(keys.timeline('INC-5'));
    const r = await verify('INC-5');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/entries were removed (or replaced )?(from|at) the end/);
  });

  test('a tail cut off or swapped for a re-chained entry is caught by the head record, dedupe keys or not', async () => {
    await seed('INC-6', 4, { dedupe: false });
    await redis.rpop(keys.timeline('INC-6'));
    const cut = await verify('INC-6');
    expect(cut.code).toBe(1);
    expect(cut.out).toContain('the recorded head is entry 3, but the list ends at entry 2');

    // A forger who removes the last entry and appends a new, correctly chained one still leaves the head behind.
    await seed('INC-7', 3, { dedupe: false });
    const head = await redis.get(keys.timelineHead('INC-7'));
    await redis.rpop(keys.timeline('INC-7'));
    await redis.set(
      keys.timelineHead('INC-7'),
      JSON.stringify({ seq: 1, hash: JSON.parse((await redis.lindex(keys.timeline('INC-7'), 1))!).hash }),
    );
    await timeline.append('INC-7', {
      kind: 'decision',
      actor: 'UMALLORY',
      at: '2026-11-29T13:00:00.000Z',
      summary: 'rewritten decision',
    });
    await redis.set(keys.timelineHead('INC-7'), head!);
    const swapped = await verify('INC-7');
    expect(swapped.code).toBe(1);
    expect(swapped.out).toContain('removed or replaced at the end');
  });

  test('usage errors exit 2; an unknown incident exits 1', async () => {
    expect((await verify()).code).toBe(2);
    expect((await verify('INC-1', 'INC-2')).code).toBe(2);
    const bad = await verify('incident-7');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('usage: breachbot verify');
    const missing = await verify('INC-999');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No incident INC-999');
  });
});
