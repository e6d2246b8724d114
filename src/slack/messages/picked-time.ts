import { beforeRecordablePast, RECORDABLE_PAST_YEARS } from '../../domain/time/recordable-past';

/**
 * A date-time picker's value (UNIX seconds, to the minute) read against the bot's clock. A time at most a minute
 * ahead is the clocks disagreeing (someone picks "now" on a device whose clock runs a little fast), not the future:
 * it is read as now. Anything later lies in the future and is refused by the caller.
 */
export const PICKER_CLOCK_SKEW_MS = 60_000;

export function pickedInstant(
  epochSeconds: number,
  now: Date,
): { future: true; tooOld?: never } | { future: false; tooOld: true } | { future: false; tooOld?: never; at: Date } {
  const ms = epochSeconds * 1000;
  if (ms > now.getTime() + PICKER_CLOCK_SKEW_MS) return { future: true };
  // A picker scrolled years back (or a payload naming 1970) starts no clock (recordable-past.ts).
  if (beforeRecordablePast(new Date(ms), now)) return { future: false, tooOld: true };
  return { future: false, at: new Date(Math.min(ms, now.getTime())) };
}

/** What a clock's start picked years back is answered with. */
export const TOO_OLD_PICKED = `This lies more than ${RECORDABLE_PAST_YEARS} years back; check the year.`;
