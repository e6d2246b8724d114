import { Redis } from 'ioredis';
import { runVerify } from '../../src/cli/verify-command';
import { incidentIdSchema } from '../../src/domain/ids';
import { type Incident, newIncident } from '../../src/domain/incidents/incident';
import { ChannelTakenError, IncidentIdTakenError, IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';

/** Creating an incident record never writes over another incident's record or takes its channel (issue 9). */
const prefix = `test-incident-create-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const keys = new RedisKeys(prefix);
const store = new IncidentStore(redis, keys);

afterAll(async () => {
  const found = await redis.keys(`${prefix}:*`);
  if (found.length) await redis.del(...found);
  await redis.quit();
});

const at = new Date('2026-12-02T00:30:00Z');
function incident(id: string, channelId: string, title = 'Laptop stolen'): Incident {
  return newIncident(
    id,
    { title, severity: 'sev2', regimes: [], drill: false, speed: 1, openedBy: 'UALICE', openedAt: at },
    { id: channelId, name: `inc-${channelId.toLowerCase()}` },
    'data-breach',
  );
}

test('a second incident on a channel that already has one is refused; the first keeps its channel', async () => {
  const first = incident('INC-20261202-0A0A0', 'C0TAKEN1');
  await store.create(first);
  const second = incident('INC-20261202-0B0B0', 'C0TAKEN1', 'Another');
  const refused = await store.create(second).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(ChannelTakenError);
  expect((refused as ChannelTakenError).holder).toBe(first.id);
  expect((await store.getByChannel('C0TAKEN1'))?.id).toBe(first.id);
  expect(await store.get(second.id)).toBeNull();
});

test('an id another incident has is refused; its record stays, and the new channel is not claimed', async () => {
  const first = incident('INC-20261202-0C0C0', 'C0IDONE');
  await store.create(first);
  const clash = incident('INC-20261202-0C0C0', 'C0IDTWO', 'Other title');
  await expect(store.create(clash)).rejects.toBeInstanceOf(IncidentIdTakenError);
  expect(await store.get(first.id)).toEqual(first);
  expect(await store.getByChannel('C0IDTWO')).toBeNull();
  expect(await redis.exists(keys.channelIncident('C0IDTWO'))).toBe(0);
});

test('creating the same record again (a retried open) succeeds and changes nothing', async () => {
  const record = incident('INC-20261202-0D0D0', 'C0RETRY');
  await store.create(record);
  await store.update(record.id, (current) => ({ ...current, headerMessageTs: '1700000000.000100' }));
  await store.create(record);
  expect((await store.get(record.id))?.headerMessageTs).toBe('1700000000.000100');
  expect((await store.getByChannel('C0RETRY'))?.id).toBe(record.id);
});

test('concurrent creates of one id: exactly one wins, the other is refused', async () => {
  const a = incident('INC-20261202-0E0E0', 'C0RACEA', 'A');
  const b = incident('INC-20261202-0E0E0', 'C0RACEB', 'B');
  const results = await Promise.allSettled([store.create(a), store.create(b)]);
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  const winner = (await store.get(a.id))!;
  const loserChannel = winner.channelId === 'C0RACEA' ? 'C0RACEB' : 'C0RACEA';
  expect(await store.getByChannel(loserChannel)).toBeNull();
  expect((await store.getByChannel(winner.channelId))?.id).toBe(a.id);
});

test('new ids are dated, short, valid everywhere ids are parsed, and listed by incidentIds()', async () => {
  const ids = await Promise.all(Array.from({ length: 20 }, () => store.nextId()));
  const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  for (const id of ids) {
    expect(id).toMatch(new RegExp(`^INC-(${today}|\\d{8})-[0-9A-HJKMNP-TV-Z]{5}$`));
    expect(incidentIdSchema.safeParse(id).success).toBe(true);
  }
  const listed: string[] = [];
  for await (const id of store.incidentIds()) listed.push(id);
  expect(listed).toEqual(expect.arrayContaining(['INC-20261202-0A0A0', 'INC-20261202-0D0D0']));
});

test('`breachbot verify` takes a new id, typed in lower case too', async () => {
  const record = incident(await store.nextId(), 'C0VERIFY');
  await store.create(record);
  await new TimelineStore(redis, keys).append(record.id, {
    kind: 'decision',
    actor: 'UALICE',
    at: at.toISOString(),
    summary: 'decision',
  });
  let out = '';
  const code = await runVerify([record.id.toLowerCase()], {
    env: { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix },
    stdout: (text) => (out += text),
    stderr: (text) => (out += text),
  });
  expect(code).toBe(0);
  expect(out).toMatch(new RegExp(`^OK ${record.id}: 1 timeline entries`));
});
