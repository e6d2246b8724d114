import { createHash } from 'node:crypto';
import { canonicalJson, entryHash, verifyChain } from '../../src/domain/timeline/hash-chain';
import { GENESIS_HASH, type TimelineEntry, timelineEntrySchema } from '../../src/domain/timeline/timeline-entry';

/**
 * The canonical JSON every stored hash was computed over, as the chain was first written (before the summary
 * was made faster): the reference the faster one must match byte for byte, or every stored chain breaks.
 */
function referenceCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceCanonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const protoKey = JSON.parse('{"__proto__":{"b":1,"a":2},"z":0}') as unknown;

const SAMPLES: [string, unknown][] = [
  ['primitives', [null, true, false, 0, -0, 1.5e-7, 1e21, Number.NaN, 'a"b\\c\n\u2028', '']],
  ['keys out of order at every depth', { z: 1, a: { y: [{ d: 1, c: 2 }], b: null }, m: 'x' }],
  ['keys already in order', { a: 1, b: { c: [1, 2, { d: 'e', f: 'g' }] }, h: true }],
  ['integer-like keys, which objects list first', { b: 1, '10': 2, '9': 3, a: { '2': 0, '10': 1 } }],
  ['keys by UTF-16 code unit, not locale', { é: 1, e: 2, E: 3, '\u{1F600}': 4, '\uFFFF': 5 }],
  ['undefined members and array slots', { a: undefined, b: [undefined, 1, undefined], c: 1 }],
  ['a sparse array', Object.assign(new Array(3), { 0: 1, 2: 3 })],
  ['a Date (no toJSON in canonical form)', { at: new Date(0), b: 1 }],
  ['an own __proto__ key from JSON', protoKey],
  ['a prototype-less object', Object.assign(Object.create(null) as object, { b: 1, a: 2 })],
  ['empty containers', { b: {}, a: [] }],
];

describe('canonical JSON of timeline entries', () => {
  test.each(SAMPLES)('%s: the same text as the chain has always hashed', (_name, value) => {
    expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
  });

  test('an entry stored by an earlier build (keys in write order) and by this one (sorted) hash the same', () => {
    const body = {
      seq: 0,
      kind: 'decision' as const,
      actor: 'U0ALICE',
      at: '2026-11-29T10:00:00.000Z',
      summary: 'Decision: take the replica offline',
      data: { text: 'take the replica offline', permalink: 'https://x.slack.com/p1', author: 'U0BOB' },
      prevHash: GENESIS_HASH,
    };
    const expected = createHash('sha256').update(referenceCanonicalJson(body)).digest('hex');
    expect(entryHash(body)).toBe(expected);
    const earlier = timelineEntrySchema.parse(JSON.parse(JSON.stringify({ ...body, hash: expected })));
    const sorted = timelineEntrySchema.parse(JSON.parse(canonicalJson({ ...body, hash: expected })));
    expect(verifyChain([earlier])).toEqual({ ok: true, entries: 1 });
    expect(verifyChain([sorted])).toEqual({ ok: true, entries: 1 });
    const altered: TimelineEntry = { ...sorted, data: { ...sorted.data, text: 'leave the replica up' } };
    expect(verifyChain([altered])).toMatchObject({ ok: false, brokenAt: 0, reason: expect.stringMatching(/altered/) });
  });

  test('whatever an entry holds, its hash is over the canonical text of all of it', () => {
    const base = {
      seq: 3,
      kind: 'decision' as const,
      actor: 'U1',
      at: '2026-11-29T10:00:00.000Z',
      summary: 's',
      data: { b: [1, { d: 2, c: 3 }], a: null },
      prevHash: GENESIS_HASH,
    };
    const variants: unknown[] = [
      base,
      { ...base, dedupeKey: 'reminder:1' },
      { ...base, dedupeKey: undefined },
      { ...base, data: { a: null, b: [1, { c: 3, d: 2 }] } },
      { ...base, hash: 'f'.repeat(64) },
      { ...base, extra: 1 },
      { ...base, seq: '3' },
      { ...base, data: { '10': 1, '9': 2 } },
    ];
    for (const v of variants) {
      const expected = createHash('sha256').update(referenceCanonicalJson(v)).digest('hex');
      expect(entryHash(v as Omit<TimelineEntry, 'hash'>)).toBe(expected);
    }
  });

  test('an entry whose data is not an object is refused when read', () => {
    const body = { seq: 0, kind: 'decision', actor: 'U1', at: '2026-11-29T10:00:00.000Z', summary: 's' };
    const hash = GENESIS_HASH;
    for (const data of [null, [], 'text', 3]) {
      expect(timelineEntrySchema.safeParse({ ...body, data, prevHash: GENESIS_HASH, hash }).success).toBe(false);
    }
    expect(timelineEntrySchema.safeParse({ ...body, data: {}, prevHash: GENESIS_HASH, hash }).success).toBe(true);
  });
});
