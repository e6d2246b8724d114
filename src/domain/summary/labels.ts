import type { ObligationStatus } from './incident-summary';

/** Words shared by the Markdown file and the Slack message, so both say the same thing. */
export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  done_on_time: 'done on time',
  done_late: 'done late',
  done: 'done',
  open: 'open',
  overdue: 'OVERDUE',
};

/** UTC, to the minute or second: the file is read outside Slack, where no per-reader time zone exists. */
export function utc(iso: string, seconds = false): string {
  return `${new Date(iso)
    .toISOString()
    .slice(0, seconds ? 19 : 16)
    .replace('T', ' ')} UTC`;
}
