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
