import { durabilityRefusals, persistent } from '../../src/store/redis-durability';

/** What the start-up check refuses, and what it says to do (issue 9, item 5). */
const safe = { maxmemoryPolicy: 'noeviction', appendonly: 'yes', save: '' };

test('noeviction with the append-only file, or with RDB save points, starts', () => {
  expect(durabilityRefusals(safe, false)).toEqual([]);
  expect(durabilityRefusals({ ...safe, appendonly: 'no', save: '3600 1 300 100 60 10000' }, false)).toEqual([]);
});

test('any eviction policy is refused, naming the policy and the fix, even with REDIS_ALLOW_VOLATILE', () => {
  for (const policy of ['allkeys-lru', 'volatile-lru', 'allkeys-random', 'volatile-ttl']) {
    for (const allowVolatile of [false, true]) {
      const [refusal, ...rest] = durabilityRefusals({ ...safe, maxmemoryPolicy: policy }, allowVolatile);
      expect(rest).toEqual([]);
      expect(refusal).toContain(`maxmemory-policy is "${policy}"`);
      expect(refusal).toContain('CONFIG SET maxmemory-policy noeviction');
      expect(refusal).toContain('REDIS_ALLOW_VOLATILE does not waive this');
    }
  }
});

test('no persistence is refused with the fix, unless REDIS_ALLOW_VOLATILE waives it', () => {
  const volatile = { ...safe, appendonly: 'no', save: '' };
  expect(persistent(volatile)).toBe(false);
  const [refusal] = durabilityRefusals(volatile, false);
  expect(refusal).toContain('Redis persistence is off (appendonly is "no" and save is "")');
  expect(refusal).toContain('CONFIG SET appendonly yes');
  expect(refusal).toContain('appendfsync everysec');
  expect(refusal).toContain('REDIS_ALLOW_VOLATILE=true');
  expect(durabilityRefusals(volatile, true)).toEqual([]);
});

test('both problems are named at once', () => {
  expect(durabilityRefusals({ maxmemoryPolicy: 'allkeys-lru', appendonly: 'no', save: ' ' }, false)).toHaveLength(2);
});
