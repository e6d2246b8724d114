/**
 * A date-time picker's value (UNIX seconds, to the minute) read against the bot's clock. A time at most a minute
 * ahead is the clocks disagreeing (someone picks "now" on a device whose clock runs a little fast), not the future:
 * it is read as now. Anything later lies in the future and is refused by the caller.
 */
export const PICKER_CLOCK_SKEW_MS = 60_000;

export function pickedInstant(epochSeconds: number, now: Date): { future: true } | { future: false; at: Date } {
  const ms = epochSeconds * 1000;
  if (ms > now.getTime() + PICKER_CLOCK_SKEW_MS) return { future: true };
  return { future: false, at: new Date(Math.min(ms, now.getTime())) };
}
