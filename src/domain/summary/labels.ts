import type { ObligationStatus } from './incident-summary';

/** Words shared by the Markdown file and the Slack message, so both say the same thing. */
export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  done_on_time: 'done on time',
  done_late: 'done late',
  done: 'done',
  open: 'open',
  overdue: 'OVERDUE',
};

/** "3d 4h 12m": whole minutes, the precision a breach clock is read in. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d) return `${d}d ${h}h ${m}m`;
  return h ? `${h}h ${m}m` : `${m}m`;
}

/** UTC, to the minute or second: the file is read outside Slack, where no per-reader time zone exists. */
export function utc(iso: string, seconds = false): string {
  return `${new Date(iso).toISOString().slice(0, seconds ? 19 : 16).replace('T', ' ')} UTC`;
}
