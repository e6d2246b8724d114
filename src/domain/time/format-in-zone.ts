import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Formats an instant as wall-clock time in an IANA zone, independent of the server's own zone. */
export function formatInTimeZone(instant: Date, timeZone: string, pattern: string): string {
  return format(new TZDate(instant.getTime(), timeZone), pattern);
}
