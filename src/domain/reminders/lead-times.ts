import { DAY, HOUR, MINUTE } from '../time/durations';
/**
 * When to remind, by the length of the clock (from the obligation's trigger instant to its due time).
 *
 * | clock length        | reminders before the due time | after it, while nobody acts |
 * | ------------------- | ----------------------------- | --------------------------- |
 * | up to 12 hours      | 1 h, 15 min                   | every hour                  |
 * | up to 48 hours      | 4 h, 1 h                      | every 4 hours               |
 * | up to 7 days        | 24 h, 4 h, 1 h                | every 24 hours              |
 * | up to 21 days       | 3 days, 1 day, 4 h            | every 24 hours              |
 * | up to 45 days       | 7 days, 2 days, 1 day         | every 24 hours              |
 * | longer              | 14 days, 7 days, 2 days, 1 day| every 24 hours              |
 *
 * Plus one reminder at the due time itself. A lead time as long as the clock or longer is left out (a
 * 4-hour clock gets no "4 hours left"). Legal clocks run on weekends and nights: nothing is held back for
 * office hours.
 */
export interface ReminderRule {
  /** Lead times before the due time, longest first, in milliseconds. */
  leadsMs: number[];
  /** Interval between overdue escalations, in milliseconds. */
  escalateEveryMs: number;
}

export { DAY, HOUR, MINUTE };

/** The last row: clocks longer than any other row's. */
const LONGEST = { upToMs: Infinity, leadsMs: [14 * DAY, 7 * DAY, 2 * DAY, 1 * DAY], escalateEveryMs: 24 * HOUR };

const TABLE: { upToMs: number; leadsMs: number[]; escalateEveryMs: number }[] = [
  { upToMs: 12 * HOUR, leadsMs: [1 * HOUR, 15 * MINUTE], escalateEveryMs: 1 * HOUR },
  { upToMs: 48 * HOUR, leadsMs: [4 * HOUR, 1 * HOUR], escalateEveryMs: 4 * HOUR },
  { upToMs: 7 * DAY, leadsMs: [24 * HOUR, 4 * HOUR, 1 * HOUR], escalateEveryMs: 24 * HOUR },
  { upToMs: 21 * DAY, leadsMs: [3 * DAY, 1 * DAY, 4 * HOUR], escalateEveryMs: 24 * HOUR },
  { upToMs: 45 * DAY, leadsMs: [7 * DAY, 2 * DAY, 1 * DAY], escalateEveryMs: 24 * HOUR },
  LONGEST,
];

export function reminderRule(clockMs: number): ReminderRule {
  const row = TABLE.find((r) => clockMs <= r.upToMs) ?? LONGEST;
  return { leadsMs: row.leadsMs.filter((lead) => lead < clockMs), escalateEveryMs: row.escalateEveryMs };
}
