import { TZDate } from '@date-fns/tz';
import { formatInTimeZone } from '../time/format-in-zone';

/** When a notice went out, as typed after `--at` (or picked in the register): a calendar date or an instant. */
export type SentAtInput = { kind: 'date'; date: string } | { kind: 'instant'; at: string };

/** The zone an incident reads bare dates in when it names none (the incident record's `timeZone`). */
export const DEFAULT_INCIDENT_ZONE = 'UTC';

/**
 * Said after a date read in UTC because the incident has no zone: opened before incidents kept the opener's
 * Slack zone, or Slack could not say it at open.
 */
export const NO_ZONE_WORDS = 'UTC: this incident has no time zone of its own';

export type SentAt =
  | { ok: true; at: Date /** Said back to the person: how a bare date was read. */; readAs: string | null }
  | { ok: false; reason: 'future' | 'before_discovery' | 'invalid'; message: string };

/**
 * The instant a notice went out. A bare date is the start of that day in the incident's zone (said back, so
 * nobody wonders which midnight), or the discovery instant when it was discovered later that same day. Never
 * in the future, never before discovery: a notice cannot go out about a breach nobody knew of.
 */
export function resolveSentAt(input: SentAtInput, zone: string, now: Date, discoveredAt: string): SentAt {
  const discovered = new Date(discoveredAt);
  let at: Date;
  let readAs: string | null = null;
  if (input.kind === 'date') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.date);
    if (!match) return { ok: false, reason: 'invalid', message: `\`${input.date}\` is not a date (YYYY-MM-DD).` };
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const start = new TZDate(y, m - 1, d, 0, 0, 0, zone);
    if (start.getMonth() !== m - 1 || start.getDate() !== d) {
      return { ok: false, reason: 'invalid', message: `\`${input.date}\` is not a calendar date.` };
    }
    at = new Date(start.getTime());
    const sameDay = formatInTimeZone(discovered, zone, 'yyyy-MM-dd') === input.date;
    if (sameDay && at < discovered) at = discovered;
    readAs = `${input.date} read as ${formatInTimeZone(at, zone, 'EEE d MMM yyyy HH:mm')} ${zone}`;
  } else {
    at = new Date(input.at);
    if (Number.isNaN(at.getTime())) {
      return { ok: false, reason: 'invalid', message: `\`${input.at}\` is not an instant.` };
    }
  }
  if (at.getTime() > now.getTime()) {
    return {
      ok: false,
      reason: 'future',
      message: `${readAs ?? at.toISOString()} is in the future: record a notice once it has gone out.`,
    };
  }
  if (at.getTime() < discovered.getTime()) {
    return {
      ok: false,
      reason: 'before_discovery',
      message: `${readAs ?? at.toISOString()} is before the breach was discovered (${discovered.toISOString()}).`,
    };
  }
  return { ok: true, at, readAs };
}
