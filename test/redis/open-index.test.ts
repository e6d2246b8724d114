import { Redis } from 'ioredis';
import { type Incident, newIncident } from '../../src/domain/incidents/incident';
import { HomeViewers } from '../../src/store/home-viewers';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';

/**
 * The index of open incidents the Home tab reads: kept by every write of a record, built from the records
 * (SCAN) for incidents stored before it existed, and cleaned of entries a cut-off step left behind.
 */
const prefix = `test-open-index-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const keys = new RedisKeys(prefix);
const store = new IncidentStore(redis, keys);

afterAll(async () => {
  const found = await redis.keys(`${prefix}:*`);
  if (found.length) await redis.del(...found);
  await redis.quit();
});

const at = new Date('2026-12-02T00:30:00Z');
function incident(n: number): Incident {
  return newIncident(
    `INC-20261202-0000${n}`,
    { title: `Incident ${n}`, severity: 'sev2', regimes: [], drill: false, speed: 1, openedBy: 'UALICE', openedAt: at },
    { id: `C00000000${n}`, name: `inc-${n}` },
    'data-breach',
  );
}
const ids = async () => (await store.openIncidents()).map((i) => i.id).sort();

test('open and close keep the index: an incident is listed while open, and not once closed', async () => {
  await store.create(incident(1));
  await store.create(incident(2));
  expect(await ids()).toEqual([incident(1).id, incident(2).id]);
  await store.update(incident(1).id, (r) => ({ ...r, status: 'closed', closedAt: at.toISOString() }));
  expect(await ids()).toEqual([incident(2).id]);
  // Reopened (the lifecycle's reopen is an update too): listed again.
  await store.update(incident(1).id, (r) => ({ ...r, status: 'open' }));
  expect(await ids()).toEqual([incident(1).id, incident(2).id]);
});

test('incidents stored before the index existed are found by a scan of the records; closed ones are not', async () => {
  await store.create(incident(3));
  await store.update(incident(3).id, (r) => ({ ...r, status: 'closed' }));
  // As an earlier version left Redis: records, no index.
  await redis.del(keys.openIncidents(), keys.openIncidentsIndexed());
  expect(await ids()).toEqual([incident(1).id, incident(2).id]);
  expect(await redis.exists(keys.openIncidentsIndexed())).toBe(1);
});

test('an entry a cut-off close left behind is dropped when read; a resumed create adds a missing one', async () => {
  // A close whose index step never ran: the record says closed, the index still lists it.
  await store.update(incident(2).id, (r) => ({ ...r, status: 'closed' }));
  await redis.zadd(keys.openIncidents(), 1, incident(2).id);
  expect(await ids()).toEqual([incident(1).id]);
  expect(await redis.zscore(keys.openIncidents(), incident(2).id)).toBeNull();
  // An open whose index step never ran: running the create step again (a resumed open) adds it.
  await store.create(incident(4));
  await redis.zrem(keys.openIncidents(), incident(4).id);
  await store.create(incident(4));
  expect(await ids()).toEqual([incident(1).id, incident(4).id]);
});

test('the rebuild at start keeps an incident opened while it ran and drops records that are gone', async () => {
  await redis.zadd(keys.openIncidents(), 1, 'INC-20261202-GONE1');
  const rebuilt = await store.rebuildOpenIndex();
  expect(rebuilt).toEqual({ open: 2, removed: 1 });
  expect(await ids()).toEqual([incident(1).id, incident(4).id]);
});

test('recent Home viewers: kept for the TTL, older ones dropped as new ones come', async () => {
  const viewers = new HomeViewers(redis, keys, 60_000);
  const t0 = new Date('2026-12-02T10:00:00Z');
  await viewers.opened('UALICE', t0);
  await viewers.opened('UBOB', new Date(t0.getTime() + 30_000));
  expect((await viewers.recent(new Date(t0.getTime() + 50_000))).sort()).toEqual(['UALICE', 'UBOB']);
  expect(await viewers.recent(new Date(t0.getTime() + 70_000))).toEqual(['UBOB']);
  await viewers.opened('UCAROL', new Date(t0.getTime() + 70_000));
  expect(await redis.zscore(keys.homeViewers(), 'UALICE')).toBeNull();
});
