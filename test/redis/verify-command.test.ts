import { Redis } from 'ioredis';
import { runVerify } from '../../src/cli/verify-command';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';

const prefix = `test-verify-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const keys = new RedisKeys(prefix);
const timeline = new TimelineStore(redis, keys);

/** Incident ids as the store hands them out (whatever their format), one per scenario. */
const ids: string[] = [];
const seeded = (n: number) => ids[n] ?? '';
beforeAll(async () => {
  const store = new IncidentStore(redis, keys);
  // Distinct, as the open makes them (it draws again on a clash): ids drawn in one time slot may repeat.
  while (ids.length <= 7) {
    const id = await store.nextId();
    if (!ids.includes(id)) ids.push(id);
  }
});

afterAll(async () => {
  const found = await redis.keys(`${prefix}:*`);
  if (found.length) await redis.del(...found);
  await redis.quit();
});

async function verify(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return verifyWith({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix }, ...args);
}

async function verifyWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runVerify(args, {
    env,
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
    await seed(seeded(1), 6);
    const r = await verify(seeded(1));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^OK INC-\S+: 6 timeline entries, SHA-256 chain intact; last hash [0-9a-f]{64}\n/);
    expect(r.out).toContain('Only the Redis-internal check ran');
  });

  test('an edited entry is the first broken link: exit 1', async () => {
    await seed(seeded(2), 5);
    const stored = JSON.parse((await redis.lindex(keys.timeline(seeded(2)), 3))!);
    await redis.lset(keys.timeline(seeded(2)), 3, JSON.stringify({ ...stored, actor: 'UMALLORY' }));
    const r = await verify(seeded(2));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`BROKEN ${seeded(2)}: first broken link at entry 3 of 5`);
  });

  test('a removed middle entry, a garbage entry and a cut-off tail are all caught', async () => {
    await seed(seeded(3), 5);
    await redis.lrem(keys.timeline(seeded(3)), 1, (await redis.lindex(keys.timeline(seeded(3)), 1))!);
    expect((await verify(seeded(3))).out).toContain('first broken link at entry 1');

    await seed(seeded(4), 3);
    await redis.lset(keys.timeline(seeded(4)), 2, 'not json');
    expect((await verify(seeded(4))).out).toContain('entry 2 is not a well-formed timeline entry');

    await seed(seeded(5), 4);
    await redis.rpop(keys.timeline(seeded(5)));
    const r = await verify(seeded(5));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/entries were removed (or replaced )?(from|at) the end/);
  });

  test('a tail cut off or swapped for a re-chained entry is caught by the head record, dedupe keys or not', async () => {
    await seed(seeded(6), 4, { dedupe: false });
    await redis.rpop(keys.timeline(seeded(6)));
    const cut = await verify(seeded(6));
    expect(cut.code).toBe(1);
    expect(cut.out).toContain('the recorded head is entry 3, but the list ends at entry 2');

    // A forger who removes the last entry and appends a new, correctly chained one still leaves the head behind.
    await seed(seeded(7), 3, { dedupe: false });
    const head = await redis.get(keys.timelineHead(seeded(7)));
    await redis.rpop(keys.timeline(seeded(7)));
    await redis.set(
      keys.timelineHead(seeded(7)),
      JSON.stringify({ seq: 1, hash: JSON.parse((await redis.lindex(keys.timeline(seeded(7)), 1))!).hash }),
    );
    await timeline.append(seeded(7), {
      kind: 'decision',
      actor: 'UMALLORY',
      at: '2026-11-29T13:00:00.000Z',
      summary: 'rewritten decision',
    });
    await redis.set(keys.timelineHead(seeded(7)), head!);
    const swapped = await verify(seeded(7));
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

  test('--help prints the usage and exits 0', async () => {
    const r = await verify('--help');
    expect(r).toEqual({ code: 0, out: expect.stringContaining('usage: breachbot verify'), err: '' });
  });

  test('Redis unreachable: says it could not read, exits 1, promptly', async () => {
    const id = await new IncidentStore(redis, keys).nextId();
    const started = Date.now();
    const r = await verifyWith({ REDIS_URL: 'redis://127.0.0.1:1', REDIS_KEY_PREFIX: prefix }, id);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^Could not read ${id} from Redis: `));
    expect(r.out).toBe('');
    expect(Date.now() - started).toBeLessThan(20_000); // no retrying forever (the jest timeout would say so too)
  });

  test.each([
    [
      'a REDIS_URL that is not a redis:// URL',
      { REDIS_URL: 'http://127.0.0.1:6379', REDIS_KEY_PREFIX: 'x' },
      'REDIS_URL',
    ],
    [
      'a key prefix with a space',
      { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: 'my prefix' },
      'REDIS_KEY_PREFIX',
    ],
  ])('%s is a usage error naming the setting: exit 2, nothing read', async (_name, env, setting) => {
    const id = await new IncidentStore(redis, keys).nextId();
    const r = await verifyWith(env, id);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^bad settings: ${setting} `));
    expect(r.out).toBe('');
  });

  test('a head record that is not JSON is a broken chain, not a crash', async () => {
    const id = await new IncidentStore(redis, keys).nextId();
    await seed(id, 3);
    await redis.set(keys.timelineHead(id), '{not json');
    const r = await verify(id);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`BROKEN ${id}: first broken link at entry 3 of 3: the recorded head is an unreadable head`);
  });

  test('without a head record (written before heads existed), the dedupe index still catches a cut-off tail', async () => {
    const id = await new IncidentStore(redis, keys).nextId();
    await seed(id, 4);
    await redis.del(keys.timelineHead(id));
    expect((await verify(id)).code).toBe(0); // intact without a head
    await redis.rpop(keys.timeline(id));
    const r = await verify(id);
    expect(r.code).toBe(1);
    expect(r.out).toContain('the dedupe index refers to entry 3, but only 3 exist: entries were removed from the end');
  });
});
