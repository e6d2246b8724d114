/**
 * How far back a clock's start (a discovery, a determination, a law-enforcement request) may be recorded. Not a
 * legal limit: a typo guard. A breach response for a discovery more than ten years ago would find every deadline
 * long overdue, and such a date is almost always a mistyped year (`1026` for `2026`, a picker
 * left at 1970); it is refused with what was read, so the person types it again.
 */
export const RECORDABLE_PAST_YEARS = 10;

/** The earliest instant recordable at `now`. */
export function earliestRecordable(now: Date): Date {
  const earliest = new Date(now.getTime());
  earliest.setUTCFullYear(earliest.getUTCFullYear() - RECORDABLE_PAST_YEARS);
  return earliest;
}

/** True when `at` lies further back than a clock's start may be recorded. */
export function beforeRecordablePast(at: Date, now: Date): boolean {
  return at.getTime() < earliestRecordable(now).getTime();
}
