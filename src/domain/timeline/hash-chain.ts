import { createHash } from 'node:crypto';
import type { TimelineEntry } from './timeline-entry';
import { GENESIS_HASH } from './timeline-entry';

/** JSON with object keys sorted at every depth, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(entry: Omit<TimelineEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

export type ChainCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/** Recomputes the chain from the start and names the first entry whose link or hash does not hold. */
export function verifyChain(entries: TimelineEntry[]): ChainCheck {
  let prev = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    if (entry.seq !== index)
      return { ok: false, entries: entries.length, brokenAt: index, reason: `entry ${index} has seq ${entry.seq}` };
    if (entry.prevHash !== prev)
      return {
        ok: false,
        entries: entries.length,
        brokenAt: index,
        reason: `entry ${index} does not link to entry ${index - 1}`,
      };
    const { hash, ...rest } = entry;
    if (entryHash(rest) !== hash)
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
