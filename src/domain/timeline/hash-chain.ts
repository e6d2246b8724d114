import * as crypto from 'node:crypto';
import type { TimelineEntry, TimelineHead } from './timeline-entry';
import { GENESIS_HASH } from './timeline-entry';

/**
 * JSON with object keys sorted at every depth, so the same entry always hashes the same: keys in UTF-16 code
 * unit order, `undefined` members left out of objects and written as nothing in arrays. A summary re-hashes
 * every entry of the timeline (10,000 in `npm run bench`), so a part that is already in that order (entries are
 * stored with their keys sorted, and read back in the same order) is written by one `JSON.stringify`, which
 * then writes exactly the same text; anything else is built key by key. Either way the text is byte for byte
 * what the chain has always hashed (test/unit/hash-chain-canonical.test.ts).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object' || stringifiesCanonically(value)) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i]) ?? '';
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, as `a < b` does on strings.
  const keys = Object.keys(record).sort();
  // A stored entry comes back from its schema with its own keys in the schema's order and everything under
  // them sorted: a copy in key order is then one JSON.stringify. (`__proto__` would set the copy's prototype.)
  if (!keys.includes('__proto__')) {
    const sorted: Record<string, unknown> = {};
    for (const key of keys) if (record[key] !== undefined) sorted[key] = record[key];
    if (stringifiesCanonically(sorted)) return JSON.stringify(sorted);
  }
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

/**
 * True when `JSON.stringify(value)` is already the canonical text: only strings, numbers, booleans and null at
 * the leaves (nothing that either function would leave out or write differently), plain objects and arrays
 * (no `toJSON`), and every object's keys in strictly ascending order as `Object.keys` gives them (integer-like
 * keys, which objects list first, fail this unless they happen to sort first as strings too).
 */
function stringifiesCanonically(value: unknown): boolean {
  if (value === null) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  if (type !== 'object') return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype || Object.hasOwn(value, 'toJSON')) return false;
    for (let i = 0; i < value.length; i += 1) if (!(i in value) || !stringifiesCanonically(value[i])) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    if (i > 0 && !((keys[i - 1] as string) < key)) return false;
    if (!stringifiesCanonically(record[key])) return false;
  }
  return true;
}

/** Node's one-shot `crypto.hash` (20.12+, 21.7+) skips the Hash object each entry would otherwise make. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function entryHash(entry: Omit<TimelineEntry, 'hash'>): string {
  return sha256Hex(storedBodyText(entry) ?? canonicalJson(entry));
}

function sha256Hex(text: string): string {
  return oneShotHash ? oneShotHash('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
}

/** An entry's fields but its hash, in canonical (sorted) order. */
const BODY_KEYS = new Set(['actor', 'at', 'data', 'dedupeKey', 'kind', 'prevHash', 'seq', 'summary']);

/**
 * The canonical text of an entry as the timeline store reads it back (its own fields in the schema's order,
 * `data` as stored, sorted): the fields written in sorted order as one object literal and one JSON.stringify,
 * without sorting or copying anything. Null for anything else (other keys, other value types, unsorted data),
 * which canonicalJson then writes the general way; both give the same text.
 */
function storedBodyText(entry: Omit<TimelineEntry, 'hash'> & { hash?: string }, withHash = false): string | null {
  // `withHash`: the stored entry, whose own hash is left out of the text it is checked against.
  for (const key in entry) if (!BODY_KEYS.has(key) && !(withHash && key === 'hash')) return null;
  const { actor, at, data, dedupeKey, kind, prevHash, seq, summary } = entry;
  if (
    typeof actor !== 'string' ||
    typeof at !== 'string' ||
    typeof kind !== 'string' ||
    typeof prevHash !== 'string' ||
    typeof seq !== 'number' ||
    typeof summary !== 'string' ||
    (dedupeKey !== undefined && typeof dedupeKey !== 'string') ||
    !stringifiesCanonically(data)
  )
    return null;
  // JSON.stringify leaves out an undefined dedupeKey, as canonicalJson does.
  return JSON.stringify({ actor, at, data, dedupeKey, kind, prevHash, seq, summary });
}

export type ChainCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/**
 * Recomputes the chain from the start and names the first entry whose link or hash does not hold.
 *
 * `texts`, when given, holds the text each entry was parsed from, as stored (`texts[i]` for `entries[i]`,
 * both from one read). Entries are stored as their canonical JSON, hash included (TimelineStore writes
 * `canonicalJson(entry)`), and the hash is over the canonical JSON of the rest: so the stored text with its
 * `"hash"` member cut out is the very text that was hashed, and hashing it needs no JSON written again (a
 * summary checks 10,000 entries). A text in another form (an entry stored by an earlier build, keys in write
 * order) does not hash to its `hash` that way, and is checked from the parsed entry as before.
 *
 * What the text check accepts: text whose SHA-256 is the entry's hash, the entry being parsed from that same
 * text. The hash then commits to every byte the entry was read from, as the canonical check does to every
 * field; an altered entry fails both (test/unit/stored-text-hash.test.ts).
 */
export function verifyChain(entries: readonly TimelineEntry[], texts?: readonly string[]): ChainCheck {
  let prev = GENESIS_HASH;
  // An index loop: `entries.entries()` makes a [index, entry] pair per entry, 10,000 in a large summary.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as TimelineEntry;
    if (entry.seq !== index)
      return { ok: false, entries: entries.length, brokenAt: index, reason: `entry ${index} has seq ${entry.seq}` };
    if (entry.prevHash !== prev)
      return {
        ok: false,
        entries: entries.length,
        brokenAt: index,
        reason: `entry ${index} does not link to entry ${index - 1}`,
      };
    const { hash } = entry;
    const text = texts?.[index];
    if (!(text !== undefined && storedTextHashesTo(text, hash)) && !bodyHashesTo(entry, hash))
      return {
        ok: false,
        entries: entries.length,
        brokenAt: index,
        reason: `entry ${index} was altered after it was written`,
      };
    prev = hash;
  }
  return { ok: true, entries: entries.length };
}

/** The entry's fields but its hash, as canonical JSON, hash to `hash`. */
function bodyHashesTo(entry: TimelineEntry, hash: string): boolean {
  return sha256Hex(storedBodyText(entry, true) ?? canonicalJson({ ...entry, hash: undefined })) === hash;
}

/** `,"hash":"` */
const HASH_MEMBER = ',"hash":"';
/** `,"hash":"` + 64 hex digits + `"`. */
const HASH_MEMBER_LENGTH = HASH_MEMBER.length + 64 + 1;

/**
 * The stored text, without its `,"hash":"<hash>"` member, hashes to `hash`. In canonical text that member
 * stands after `data` (or `dedupeKey`) and before `kind`, and it is the last `,"hash":"` in the text: only
 * `kind`, `prevHash`, `seq` and `summary` follow it, and a quote inside a string is escaped (`\"`), so no
 * string can hold one. A nested `"hash"` in `data` comes earlier. Whatever is cut, a text that still held its
 * own hash cannot hash to it, so a wrong cut only sends the entry to the parsed check.
 */
function storedTextHashesTo(text: string, hash: string): boolean {
  const at = text.lastIndexOf(HASH_MEMBER);
  if (
    at < 0 ||
    hash.length !== 64 ||
    !text.startsWith(hash, at + HASH_MEMBER.length) ||
    text.charCodeAt(at + HASH_MEMBER_LENGTH - 1) !== 34
  )
    return false;
  return sha256Hex(text.slice(0, at) + text.slice(at + HASH_MEMBER_LENGTH)) === hash;
}

/**
 * The list's end against the head record written with every append (`'unreadable'` when it is there but not a
 * head): a chain alone cannot show entries cut off or replaced at its end, since its last link has no successor.
 * Null when they agree, or when no head was recorded (an incident from before heads were written).
 */
export function checkHead(
  entries: readonly Pick<TimelineEntry, 'seq' | 'hash'>[],
  head: TimelineHead | 'unreadable' | null,
): Extract<ChainCheck, { ok: false }> | null {
  const last = entries[entries.length - 1];
  if (head === null || (head !== 'unreadable' && head.seq === (last?.seq ?? -1) && head.hash === last?.hash))
    return null;
  const recorded = head === 'unreadable' ? 'an unreadable head' : `entry ${head.seq}`;
  return {
    ok: false,
    entries: entries.length,
    brokenAt: entries.length,
    reason: `the recorded head is ${recorded}, but the list ends at entry ${entries.length - 1}: entries were removed or replaced at the end`,
  };
}
