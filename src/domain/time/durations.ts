/**
 * Durations in words, in one place: a clock's time left or overdue ("3 d 4 h"), a reminder's lead time
 * ("24 hours"), and an incident's elapsed time in its summary ("3d 4h 12m").
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** "3 d 4 h", "2 h 15 min", "45 min", "under a minute": the coarsest two units, rounded down. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return 'under a minute';
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** A lead time in words for a reminder: "24 hours", "7 days", "15 minutes". */
export function formatLead(ms: number): string {
  if (ms % DAY === 0) return `${ms / DAY} day${ms === DAY ? '' : 's'}`;
  if (ms % HOUR === 0) return `${ms / HOUR} hour${ms === HOUR ? '' : 's'}`;
  return `${Math.round(ms / MINUTE)} minutes`;
}

/**
 * "3d 4h 12m": whole minutes, the precision a breach clock is read in; with `units` 2, the two largest
 * ("3d 4h", "4h 12m"), as the CLI's table shows time left.
 */
export function formatElapsed(ms: number, units: 2 | 3 = 3): string {
  const minutes = Math.floor(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d) return units === 2 ? `${d}d ${h}h` : `${d}d ${h}h ${m}m`;
  return h || units === 2 ? `${h}h ${m}m` : `${m}m`;
}
