/**
 * Slack renders `<!date^…>` in each reader's own time zone; the fallback (shown where it cannot) is UTC.
 * Legal clocks are read by people in several zones, so no time is ever shown in the server's zone.
 */
export function slackDate(iso: string, format = '{date_short_pretty} {time}'): string {
  const date = new Date(iso);
  const epoch = Math.floor(date.getTime() / 1000);
  const fallback = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${epoch}^${format}|${fallback}>`;
}

/** Kept here for the modules that import it with the dates; the one definition is in ./escape. */
export { escapeMrkdwn } from './escape';

/** An ISO 8601 UTC instant as the domain writes them into notes ("paused until 2023-11-01T22:00:00.000Z"). */
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z\b/g;

/**
 * Text for the channel with every ISO instant in it shown as a Slack date (each reader's own zone). Escape
 * the text first: the date tokens it inserts are mrkdwn themselves.
 */
export function slackDatesIn(escaped: string): string {
  return escaped.replace(ISO_INSTANT, (iso) => slackDate(iso));
}
