/**
 * The clock an incident's reminders run on. A real incident runs on the wall clock. A drill opened with
 * `--speed N` runs N times faster, counted from the moment it was opened: a legal instant `t` happens on the
 * wall clock at `openedAt + (t − openedAt) / N`. So a 72-hour clock that started at open is due 72/N hours
 * after open, its "24 hours left" reminder comes 48/N hours after open, and an overdue escalation every
 * 24 hours comes every 24/N hours. An instant before the opening (a discovery time in the past) maps to an
 * instant before the opening too, so what was already late stays late.
 */
export interface IncidentClock {
  openedAt: string;
  /** 1 for a real incident; the drill's `--speed`. */
  speed: number;
}

export function wallTime(legalMs: number, clock: IncidentClock): number {
  if (clock.speed === 1) return legalMs;
  const opened = Date.parse(clock.openedAt);
  return Math.round(opened + (legalMs - opened) / clock.speed);
}

/** The due time as the channel should see it: the wall-clock instant the (possibly sped-up) clock runs out. */
export function wallDueAt(dueAt: string, clock: IncidentClock): string {
  return new Date(wallTime(Date.parse(dueAt), clock)).toISOString();
}
