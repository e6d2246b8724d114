import { createHash } from 'node:crypto';
import { canonicalJson, entryHash, verifyChain } from '../../src/domain/timeline/hash-chain';
import {
  GENESIS_HASH,
  type TimelineEntry,
  type TimelineKind,
  timelineEntrySchema,
} from '../../src/domain/timeline/timeline-entry';

/**
 * The chain check over the stored text (`verifyChain(entries, texts)`) against the check over the parsed
 * entries alone: the same answer for every entry, without writing any JSON for entries stored in canonical
 * form (as TimelineStore writes them), and the old check for entries stored in another form.
 */

interface Body {
  kind: TimelineKind;
  actor: string;
  at: string;
  summary: string;
  data: Record<string, unknown>;
  dedupeKey?: string;
}

const BODIES: Body[] = [
  { kind: 'opened', actor: 'U0OPENER', at: '2026-11-29T10:00:00.000Z', summary: 'Opened', data: {} },
  {
    kind: 'decision',
    actor: 'U0ALICE',
    at: '2026-11-29T10:01:00.000Z',
    summary: 'Decision: take the "replica" offline \\ now',
    data: { text: 'take the "replica" offline', source: 'command' },
  },
  {
    kind: 'reminder_sent',
    actor: 'breachbot',
    at: '2026-11-29T10:02:00.000Z',
    summary: 'Reminder: notice due',
    data: { obligationId: 'us-ca/individuals' },
    dedupeKey: 'reminder:us-ca/individuals:1',
  },
  {
    kind: 'pinned',
    actor: 'U0BOB',
    at: '2026-11-29T10:03:00.000+01:00',
    summary: 'Pinned: Zoë’s note — “ne pas toucher” 🔒 \u2028 line\u2029 tab\t bidi \u202E end',
    data: { text: 'é\u0000\u001f 日本語 😀', nested: { z: [1, 2.5, -0, 1e21, null, true], a: { y: 'x', b: '' } } },
    dedupeKey: 'pinned:msg:C0X:1700000000.000100',
  },
  {
    // A summary and data that look like the hash member itself, and a nested "hash" key of 64 hex digits.
    kind: 'correction',
    actor: 'U0CAROL',
    at: '2026-11-29T10:04:00.000Z',
    summary: `Correction: ,"hash":"${'a'.repeat(64)}","kind":"opened"`,
    data: { hash: 'b'.repeat(64), kind: 'decision', ',"hash":"': `${'c'.repeat(64)}"` },
  },
];

/** The chain as TimelineStore writes it: each entry linked and hashed, stored as its canonical JSON. */
function chain(bodies: Body[], write: (entry: TimelineEntry) => string = canonicalJson): string[] {
  const texts: string[] = [];
  let prevHash = GENESIS_HASH;
  bodies.forEach((body, seq) => {
    const unhashed = { seq, ...body, prevHash };
    const entry: TimelineEntry = { ...unhashed, hash: entryHash(unhashed) };
    texts.push(write(entry));
    prevHash = entry.hash;
  });
  return texts;
}

/** As TimelineStore reads it back: JSON.parse, then the stored entry's schema. */
const read = (texts: string[]) => texts.map((t) => timelineEntrySchema.parse(JSON.parse(t)));

/** Entries written in an earlier build's key order: the write order, not sorted. */
const writeOrder = (entry: TimelineEntry) => JSON.stringify(entry);

afterEach(() => jest.restoreAllMocks());

describe('chain check over the stored text', () => {
  test('canonical entries (with and without dedupe key, escapes, unicode, look-alike members) verify without writing JSON', () => {
    const texts = chain(BODIES);
    const entries = read(texts);
    // Sanity: the stored text really is the canonical text, hash included.
    expect(texts).toEqual(entries.map((e) => canonicalJson(e)));
    const stringify = jest.spyOn(JSON, 'stringify');
    expect(verifyChain(entries, texts)).toEqual({ ok: true, entries: BODIES.length });
    expect(stringify).not.toHaveBeenCalled();
    stringify.mockRestore();
    expect(verifyChain(entries)).toEqual({ ok: true, entries: BODIES.length });
  });

  test('the hash is over the stored text without its hash member, the same text the entry hash is computed over', () => {
    const [text] = chain(BODIES.slice(0, 1));
    const entry = read([text as string])[0] as TimelineEntry;
    const { hash, ...body } = entry;
    const without = (text as string).replace(`,"hash":"${hash}"`, '');
    expect(without).toBe(canonicalJson(body));
    expect(createHash('sha256').update(without).digest('hex')).toBe(hash);
  });

  test('entries stored in write order (an earlier build) verify by the parsed check', () => {
    const texts = chain(BODIES, writeOrder);
    const entries = read(texts);
    expect(texts[0]).not.toBe(canonicalJson(entries[0]));
    const stringify = jest.spyOn(JSON, 'stringify');
    expect(verifyChain(entries, texts)).toEqual({ ok: true, entries: BODIES.length });
    expect(stringify).toHaveBeenCalled();
  });

  test('a chain mixing old-order and canonical entries verifies', () => {
    const canonical = chain(BODIES);
    const old = chain(BODIES, writeOrder);
    const texts = canonical.map((t, i) => (i % 2 === 0 ? (old[i] as string) : t));
    expect(verifyChain(read(texts), texts)).toEqual({ ok: true, entries: BODIES.length });
  });

  test.each([
    ['canonical', canonicalJson],
    ['write order', writeOrder],
  ])('an entry altered in storage (%s) is found, at that entry, as by the parsed check', (_name, write) => {
    const texts = chain(BODIES, write);
    const alterations: [number, (t: string) => string][] = [
      [1, (t) => t.replace('offline', 'online')],
      [3, (t) => t.replace('"z":[1,2.5', '"z":[1,2.6')],
      [2, (t) => t.replace('"dedupeKey":"reminder:us-ca/individuals:1",', '')],
      [4, (t) => t.replace('U0CAROL', 'U0MALLORY')],
      [0, (t) => t.replace('"data":{}', '"data":{"extra":1}')],
    ];
    for (const [index, alter] of alterations) {
      const altered = texts.map((t, i) => (i === index ? alter(t) : t));
      expect(altered[index]).not.toBe(texts[index]);
      const entries = read(altered);
      const expected = {
        ok: false,
        entries: BODIES.length,
        brokenAt: index,
        reason: `entry ${index} was altered after it was written`,
      };
      expect(verifyChain(entries, altered)).toEqual(expected);
      expect(verifyChain(entries)).toEqual(expected);
    }
  });

  test('an entry whose hash was replaced with one of its own text is still found by the link after it', () => {
    const texts = chain(BODIES);
    const entries = read(texts);
    const victim = entries[1] as TimelineEntry;
    const { hash: _old, ...body } = { ...victim, summary: 'Decision: keep the replica online' };
    const forged = canonicalJson({ ...body, hash: entryHash(body) });
    const altered = texts.map((t, i) => (i === 1 ? forged : t));
    expect(verifyChain(read(altered), altered)).toMatchObject({ ok: false, brokenAt: 2 });
    expect(verifyChain(read(altered))).toMatchObject({ ok: false, brokenAt: 2 });
  });

  test('texts out of step with the entries are not taken for theirs', () => {
    const texts = chain(BODIES);
    const entries = read(texts);
    // The texts of the entries, one place off: the hash member found is not the entry's own.
    const shifted = [...texts.slice(1), texts[0] as string];
    expect(verifyChain(entries, shifted)).toEqual({ ok: true, entries: BODIES.length });
    // …so each entry fell back to its parsed check; an altered entry still fails it.
    const altered: TimelineEntry[] = entries.map((e, i) => (i === 1 ? { ...e, summary: 'rewritten' } : e));
    expect(verifyChain(altered, shifted)).toMatchObject({ ok: false, brokenAt: 1 });
  });
});
