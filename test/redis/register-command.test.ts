import { Redis } from 'ioredis';
import { runRegister } from '../../src/cli/register-command';
import { newIncident } from '../../src/domain/incidents/incident';
import { DeadlineStore } from '../../src/store/deadline-store';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { UserNameStore } from '../../src/store/user-names';
import { record } from '../reminders/fixtures';

/** `breachbot register` in process against real Redis: by incident id or channel id, as a table, CSV or JSON. */
const prefix = `test-register-cli-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const keys = new RedisKeys(prefix);

afterAll(async () => {
  const found = await redis.keys(`${prefix}:*`);
  if (found.length) await redis.del(...found);
  await redis.quit();
});

async function register(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runRegister(args, {
    env: { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix },
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

beforeAll(async () => {
  const openedAt = new Date('2026-11-29T10:00:00.000Z');
  const incidents = new IncidentStore(redis, keys);
  // An id of the older form (still accepted everywhere), fixed so the answers can name it.
  const incident = newIncident(
    'INC-1',
    { title: 'T', severity: 'sev1', regimes: [], drill: false, speed: 1, openedBy: 'UALICE', openedAt },
    { id: 'C0REGCLI', name: 'inc-reg' },
    'data-breach',
  );
  await incidents.create(incident);
  const t0 = openedAt.toISOString();
  await new DeadlineStore(redis, keys).update(incident.id, () => ({
    facts: { discoveredAt: t0, entityTypes: [], dataTypes: [], encrypted: false, affected: {}, judgments: {} },
    factsUpdatedAt: t0,
    factsUpdatedBy: 'UALICE',
    computedAt: t0,
    obligations: [
      {
        ...record('dora/regulator/initial', t0, 4 * 3600_000),
        doneAt: '2026-11-29T12:00:00.000Z',
        doneBy: 'UALICE',
        doneNote: 'ref, "7"',
      },
      record('dora/regulator/intermediate', t0, 76 * 3600_000),
    ],
  }));
  await new UserNameStore(redis, keys).set(new Map([['UALICE', 'Alice Adams']]));
});

test('--csv by incident id: a header and one RFC 4180 row per obligation', async () => {
  const r = await register('INC-1', '--csv');
  expect(r.code).toBe(0);
  const lines = r.out.split('\r\n');
  expect(lines[0]).toMatch(/^"obligation","regime","stage",/);
  expect(lines[1]).toBe(
    '"dora/regulator/initial","DORA","initial notification","EU","supervisory authority","2026-11-29 14:00 UTC","done on time","2026-11-29 12:00 UTC","Alice Adams (UALICE)","ref, ""7""","Test Art 1",""',
  );
  expect(lines).toHaveLength(4);
});

test('--json by channel id, times in --zone', async () => {
  const r = await register('C0REGCLI', '--json', '--zone', 'Europe/Berlin');
  expect(r.code).toBe(0);
  const parsed = JSON.parse(r.out) as { incidentId: string; zone: string; rows: { due: string; status: string }[] };
  expect(parsed.incidentId).toBe('INC-1');
  expect(parsed.rows.map((row) => row.due)).toEqual([
    '2026-11-29 15:00 Europe/Berlin',
    '2026-12-02 15:00 Europe/Berlin',
  ]);
});

test('the table for the terminal, and usage errors', async () => {
  expect((await register('inc-1')).out).toMatch(
    /^INC-1: 2 obligations \(times in UTC\)\ndora\/regulator\/initial +done on time/,
  );
  expect(await register('INC-99')).toMatchObject({ code: 1, err: expect.stringContaining('No incident INC-99') });
  expect(await register('INC-1', '--csv', '--json')).toMatchObject({
    code: 2,
    err: expect.stringContaining('cannot be combined'),
  });
  expect(await register('INC-1', '--zone', 'Mars/Olympus')).toMatchObject({
    code: 2,
    err: expect.stringContaining('not a time zone'),
  });
  expect(await register('lunch')).toMatchObject({ code: 2, err: expect.stringContaining('neither an incident id') });
  expect(await register('INC-1', '--bogus')).toMatchObject({ code: 2 });
});
