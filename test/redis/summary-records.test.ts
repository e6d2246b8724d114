import { Redis } from 'ioredis';
import { CorruptRecordError } from '../../src/incidents/incident-store';
import { RedisKeys } from '../../src/redis/keys';
import { readObligations } from '../../src/summary/stored-records';

const prefix = `test-summary-records-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const keys = new RedisKeys(prefix);

afterAll(async () => {
  const found = await redis.keys(`${prefix}:*`);
  if (found.length) await redis.del(...found);
  await redis.quit();
});

const obligation = {
  id: 'gdpr/regulator',
  regime: 'gdpr',
  jurisdiction: 'EU',
  recipient: 'regulator',
  recipientName: 'Supervisory authority',
  dueAt: '2026-12-02T08:30:00.000Z',
  deadline: '72 hours after becoming aware',
  citation: 'GDPR art. 33(1)',
  trigger: { name: 'discoveredAt', at: '2026-11-29T08:30:00.000Z', fallback: true },
  notes: [],
};

describe('stored obligations as the summary reads them (real Redis)', () => {
  test('no record means none computed', async () => {
    expect(await readObligations(redis, keys, 'INC-1')).toBeNull();
  });

  test.each([
    ['wrapped, doneAt', { obligations: [{ ...obligation, doneAt: '2026-12-01T00:00:00.000Z', doneBy: 'U0L' }], computedAt: '2026-11-29T09:00:00.000Z' }],
    ['bare array, notifiedAt', [{ ...obligation, notifiedAt: '2026-12-01T00:00:00.000Z', notifiedBy: 'U0L' }]],
    ['done object', { obligations: [{ ...obligation, done: { at: '2026-12-01T00:00:00.000Z', by: 'U0L', note: 'portal ref 1' } }] }],
  ])('progress is read from the %s shape', async (_, record) => {
    await redis.set(keys.obligations('INC-2'), JSON.stringify(record));
    expect(await readObligations(redis, keys, 'INC-2')).toEqual([{ obligation, doneAt: '2026-12-01T00:00:00.000Z', doneBy: 'U0L' }]);
  });

  test('an open obligation has no doneAt; a corrupt record is refused, not guessed', async () => {
    await redis.set(keys.obligations('INC-3'), JSON.stringify({ obligations: [obligation] }));
    expect(await readObligations(redis, keys, 'INC-3')).toEqual([{ obligation, doneAt: null }]);
    await redis.set(keys.obligations('INC-4'), JSON.stringify({ obligations: [{ id: 'x' }] }));
    await expect(readObligations(redis, keys, 'INC-4')).rejects.toBeInstanceOf(CorruptRecordError);
  });
});
