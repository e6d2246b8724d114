import type { ObligationStatus } from './incident-summary';

/** Words shared by the Markdown file and the Slack message, so both say the same thing. */
export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  done_on_time: 'done on time',
  done_late: 'done late',
  done: 'done',
  open: 'open',
  overdue: 'OVERDUE',
};

/** What `Date.prototype.toISOString` writes: stored instants are in this form, and need no Date to be read. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** UTC, to the minute or second: the file is read outside Slack, where no per-reader time zone exists. */
export function utc(iso: string, seconds = false): string {
  // A 10,000-entry timeline writes 10,000 of these; an instant already in UTC is cut, not re-parsed.
  const inUtc = ISO_UTC.test(iso) ? iso : new Date(iso).toISOString();
  return `${inUtc.slice(0, 10)} ${inUtc.slice(11, seconds ? 19 : 16)} UTC`;
}
