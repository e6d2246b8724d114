import { createHash } from 'node:crypto';
import type { Facts } from '../regulations/facts';

/** JSON with keys in order, so two equal facts give the same text whatever order they were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What the facts form was filled from, in 16 hex characters: the facts a person can see and edit there. The
 * notices recorded as given (`noticesSentAt`, written by `notified`) are left out: marking a notice while the
 * form is open does not make the form stale, while a facts change by someone else does.
 */
export function factsFingerprint(facts: Facts): string {
  const { noticesSentAt: _sent, ...edited } = facts;
  return createHash('sha256').update(canonical(edited)).digest('hex').slice(0, 16);
}
