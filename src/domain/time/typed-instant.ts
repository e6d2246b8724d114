import { TZDate } from '@date-fns/tz';
import { formatInTimeZone } from './format-in-zone';

/**
 * Instants as people type them. With a zone (`2026-11-02T14:30:00Z`, `2026-11-02T09:30-05:00`) they are taken as
 * given; without one (`2026-11-02`, `2026-11-02 09:30`, `2026-11-02T09:30`) they are read in the person's own zone,
 * and the reading is said back so that a wrong zone is seen at once. A date alone is the start of that day: the
 * earliest instant it can mean, so a clock counted from it is never late.
 */
export type InstantReading = { ok: true; iso: string; saidBack?: string } | { ok: false; error: string };

const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/i;

export const INSTANT_FORMS =
  'an ISO 8601 instant (2026-11-02T14:30:00Z), or a date and time in your zone (2026-11-02 09:30, or 2026-11-02 alone for the start of that day)';

export function readTypedInstant(typed: string, timeZone: string): InstantReading {
  const t = typed.trim();
  if (WITH_ZONE.test(t)) {
    const at = Date.parse(t.toUpperCase());
    return Number.isNaN(at)
      ? { ok: false, error: `must be ${INSTANT_FORMS}` }
      : { ok: true, iso: new Date(at).toISOString() };
  }
  const m = LOCAL.exec(t);
  if (!m) return { ok: false, error: `must be ${INSTANT_FORMS}` };
  const [year, month, day, hour = '0', minute = '0', second = '0'] = m.slice(1).map((v) => v ?? undefined) as string[];
  const parts = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = parts;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) {
    return { ok: false, error: `is not a real date and time` };
  }
  const local = new TZDate(y, mo - 1, d, h, mi, s, timeZone);
  if (local.getDate() !== d || local.getMonth() !== mo - 1) return { ok: false, error: 'is not a real date' };
  const iso = new Date(local.getTime()).toISOString();
  const shown = formatInTimeZone(new Date(iso), timeZone, 'yyyy-MM-dd HH:mm');
  return {
    ok: true,
    iso,
    saidBack: `read \`${t}\` as ${shown} ${timeZone} (${iso.replace('.000Z', 'Z')})${m[4] === undefined ? ', the start of that day' : ''}`,
  };
}
