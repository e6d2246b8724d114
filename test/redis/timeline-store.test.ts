import { Redis } from 'ioredis';
import { newIncident } from '../../src/domain/incidents/incident';
import { canonicalJson, verifyChain } from '../../src/domain/timeline/hash-chain';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';

const prefix = `test-timeline-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const keys = new RedisKeys(prefix);
const timeline = new TimelineStore(redis, keys);

afterAll(async () => {
  const found = await redis.keys(`${prefix}:*`);
  if (found.length) await redis.del(...found);
  await redis.quit();
});

const entry = (n: number, dedupeKey?: string) => ({
  kind: 'decision' as const,
  actor: 'U1',
  at: new Date(Date.UTC(2026, 10, 29, 12, 0, n)).toISOString(),
  summary: `decision ${n}`,
  ...(dedupeKey ? { dedupeKey } : {}),
});

/** An incident stored as an open would store it, for the tests that change its record with an entry. */
async function storedIncident(id: string, title: string, channel: { id: string; name: string }) {
  const incidents = new IncidentStore(redis, keys);
  const opened = newIncident(
    id,
    {
      title,
      severity: 'sev3',
      regimes: [],
      drill: false,
      speed: 1,
      openedBy: 'U1',
      openedAt: new Date('2026-11-29T12:00:00Z'),
    },
    channel,
    'data-breach',
  );
  await incidents.create(opened);
  return { incidents, opened };
}

describe('timeline store (real Redis)', () => {
  test('concurrent appends all land once, in one unbroken SHA-256 chain', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, n) => timeline.append('INC-1', entry(n))));
    const entries = await timeline.entries('INC-1');
    expect(entries).toHaveLength(40);
    expect(new Set(entries.map((e) => e.summary)).size).toBe(40);
    expect(verifyChain(entries)).toEqual({ ok: true, entries: 40 });
  });

  test('record changes with their entries, racing plain appends and each other: every change once, with its entry, on one chain', async () => {
    const { incidents, opened } = await storedIncident('INC-20261129-AAAAA', 'Race', {
      id: 'C0RACE',
      name: 'inc-race',
    });
    const titles = Array.from({ length: 10 }, (_, n) => `Race ${n}`);
    await Promise.all([
      ...Array.from({ length: 20 }, (_, n) => timeline.append(opened.id, entry(n))),
      ...titles.map((title) =>
        timeline.appendWithRecord(opened.id, (current) => ({
          next: { ...current, title },
          entry: { kind: 'title_changed', actor: 'U1', at: current.openedAt, summary: `${current.title} → ${title}` },
          detail: null,
        })),
      ),
    ]);
    const entries = await timeline.entries(opened.id);
    expect(verifyChain(entries)).toEqual({ ok: true, entries: 30 });
    // Each rename's entry names the title it replaced: read inside the same write, so the renames form one line.
    const renames = entries.filter((e) => e.kind === 'title_changed').map((e) => e.summary.split(' → '));
    expect(renames).toHaveLength(10);
    expect(renames[0]?.[0]).toBe('Race');
    for (let i = 1; i < renames.length; i += 1) expect(renames[i]?.[0]).toBe(renames[i - 1]?.[1]);
    expect((await incidents.get(opened.id))?.title).toBe(renames.at(-1)?.[1]);
  });

  test('the same dedupe key appends once, even when delivered concurrently', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => timeline.append('INC-2', entry(1, 'msg:C1:1700000000.000100'))),
    );
    expect(results.filter((r) => r.appended)).toHaveLength(1);
    expect(await timeline.length('INC-2')).toBe(1);
  });

  test('every way of appending stores each entry as its canonical JSON, which the summary reads with its text', async () => {
    const { opened } = await storedIncident('INC-20261129-CCCCC', 'Canonical', {
      id: 'C0CANON',
      name: 'inc-canon',
    });
    await timeline.append(opened.id, {
      ...entry(1, 'msg:C1:1700000000.000200'),
      // Keys out of order at every depth, as a caller may build them.
      data: { z: 1, a: { y: 'é "q" \\', b: [2, { d: 1, c: 0 }] } },
    });
    await timeline.appendWithRecord(opened.id, (current) => ({
      next: { ...current, title: 'Canonical 2' },
      entry: {
        kind: 'title_changed',
        actor: 'U1',
        at: current.openedAt,
        summary: 'Canonical → Canonical 2',
        data: { to: 'Canonical 2', from: 'Canonical' },
      },
      detail: null,
    }));
    await timeline.appendWithState(opened.id, async () => ({
      read: [],
      writes: [{ op: 'hset', key: keys.checklistOwners(opened.id), field: 'contain', value: 'U1' }],
      entries: [
        { ...entry(2), summary: 'Owner of “contain”: U1 — ⏎ 😀', data: { owner: 'U1', item: { z: 'é', a: '\u2028' } } },
        { ...entry(3), data: { b: 1, a: 2 } },
      ],
      detail: null,
    }));
    const { entries, texts } = await timeline.storedEntries(opened.id);
    expect(entries.map((e) => e.kind)).toEqual(['decision', 'title_changed', 'decision', 'decision']);
    expect(texts).toEqual(await redis.lrange(keys.timeline(opened.id), 0, -1));
    expect(texts).toEqual(entries.map((e) => canonicalJson(e)));
    expect(verifyChain(entries, texts)).toEqual({ ok: true, entries: 4 });
  });

  test('an entry edited in Redis breaks the chain at that entry', async () => {
    for (let n = 0; n < 5; n += 1) await timeline.append('INC-3', entry(n));
    const key = keys.timeline('INC-3');
    const stored = JSON.parse((await redis.lindex(key, 2))!);
    await redis.lset(key, 2, JSON.stringify({ ...stored, summary: 'decision rewritten' }));
    const check = verifyChain(await timeline.entries('INC-3'));
    expect(check).toMatchObject({ ok: false, brokenAt: 2 });
    const { entries, texts } = await timeline.storedEntries('INC-3');
    expect(verifyChain(entries, texts)).toEqual(check);
  });

  test('an entry edited in place, its text still canonical, breaks the chain at that entry', async () => {
    for (let n = 0; n < 5; n += 1) await timeline.append('INC-4', entry(n));
    const key = keys.timeline('INC-4');
    await redis.lset(key, 3, (await redis.lindex(key, 3))!.replace('decision 3', 'decision X'));
    const { entries, texts } = await timeline.storedEntries('INC-4');
    expect(texts[3]).toBe(canonicalJson(entries[3]));
    expect(verifyChain(entries, texts)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: expect.stringMatching(/altered/),
    });
  });
});
