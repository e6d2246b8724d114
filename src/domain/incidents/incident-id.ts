import { randomInt } from 'node:crypto';

/** Crockford's base 32: digits and capitals without I, L, O, U, so an id read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DAY_MS = 86_400_000;
/** 32³ slots per day, about 2.6 s each: ids of one day sort by the time they were made. */
const TIME_SLOTS = 32 ** 3;
/** 32² random values within a slot, for opens in the same 2.6 s (several replicas, a burst of drills). */
export const RANDOM_VALUES = 32 ** 2;

/**
 * A new incident id, `INC-<UTC date>-<time slot><random>`, e.g. `INC-20261202-0KX4M`. It is made from the
 * clock, not from a counter in Redis, so a Redis that lost its data (no persistence, a restore from an old
 * file) never hands out an id an earlier incident already had: two ids can only be equal when they were made
 * in the same 2.6 s of the same day and drew the same of 1,024 random values, and the store refuses to
 * create a record over an existing one (IncidentStore.create), so the rare clash is retried, not merged.
 */
export function incidentIdAt(at: Date, random: number = randomInt(RANDOM_VALUES)): string {
  const ms = at.getTime();
  const date = new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
  const msOfDay = ((ms % DAY_MS) + DAY_MS) % DAY_MS;
  const slot = Math.floor((msOfDay * TIME_SLOTS) / DAY_MS);
  return `INC-${date}-${base32(slot, 3)}${base32(random % RANDOM_VALUES, 2)}`;
}

function base32(value: number, width: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < width; i += 1) {
    text = ALPHABET[rest % 32] + text;
    rest = Math.floor(rest / 32);
  }
  return text;
}
