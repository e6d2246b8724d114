import { type IncidentClock, wallDueAt } from '../../domain/obligations/incident-clock';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import type { Recipient } from '../../domain/regulations/vocabulary';
import { plural } from './budget';
import { slackDate } from './slack-date';

/**
 * Many obligations read as groups, never as rows: "38 regulator notices, due 30 Nov – 15 Dec". What a message
 * cannot list one by one is said this way, with the count of every group, so nothing is cut silently.
 */
const RECIPIENT_KIND_WORDS: Record<Recipient, [string, string]> = {
  regulator: ['regulator notice', 'regulator notices'],
  individuals: ['notice to individuals', 'notices to individuals'],
  media: ['media notice', 'media notices'],
  credit_bureaus: ['credit-bureau notice', 'credit-bureau notices'],
  covered_entity: ['notice to a covered entity', 'notices to covered entities'],
  law_enforcement: ['law-enforcement notice', 'law-enforcement notices'],
  other: ['other notice', 'other notices'],
  controller: ['notice to the controller', 'notices to the controller'],
  counterparty: ['counterparty notice', 'counterparty notices'],
  internal: ['internal step', 'internal steps'],
  data_owner: ['notice to the data owner', 'notices to data owners'],
};

/** "38 regulator notices", "1 notice to individuals". */
export function recipientKindCount(recipient: Recipient, n: number): string {
  const [one, many] = RECIPIENT_KIND_WORDS[recipient];
  return plural(n, one, many);
}

type Dated = Pick<ObligationRecord, 'recipient' | 'dueAt'>;

/** Groups in a stable order: by earliest due time, then by kind. */
function groupBy<T extends Dated>(records: readonly T[], key: (r: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const k = key(r);
    const list = groups.get(k) ?? [];
    list.push(r);
    groups.set(k, list);
  }
  return [...groups.entries()];
}

/** "due 30 Nov – 15 Dec", "due 30 Nov", "no fixed due time"; in each reader's zone, on the incident's clock. */
export function dueRange(records: readonly Dated[], clock: IncidentClock): string {
  const dues = records
    .map((r) => r.dueAt)
    .filter((d): d is string => d !== null)
    .map((d) => wallDueAt(d, clock))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const undated = records.length - dues.length;
  const first = dues[0];
  const last = dues[dues.length - 1];
  if (!first || !last) return 'no fixed due time';
  const day = (iso: string) => slackDate(iso, '{date_short}');
  const range = day(first) === day(last) ? `due ${day(first)}` : `due ${day(first)} – ${day(last)}`;
  return undated ? `${range}; ${undated} with no fixed due time` : range;
}

/**
 * One line per recipient kind, largest first: "• 38 regulator notices added, due 30 Nov – 15 Dec".
 * `verb` says what happened to them ("added"); `withDue: false` leaves out the due range (notices given).
 */
export function groupedByRecipient(
  records: readonly Dated[],
  clock: IncidentClock,
  verb = '',
  withDue = true,
): string[] {
  return groupBy(records, (r) => r.recipient)
    .sort(([, a], [, b]) => b.length - a.length)
    .map(
      ([recipient, list]) =>
        `• ${recipientKindCount(recipient as Recipient, list.length)}${verb ? ` ${verb}` : ''}${withDue ? `, ${dueRange(list, clock)}` : ''}`,
    );
}

/**
 * One line per due day, its recipient kinds counted: "• Thu 30 Nov: 30 regulator notices, 24 notices to
 * individuals". Days in UTC; each shown in the reader's zone. Obligations with no fixed due time last.
 */
export function groupedByDueDay(records: readonly Dated[], clock: IncidentClock): string[] {
  const dayOf = (r: Dated) => (r.dueAt === null ? '~' : wallDueAt(r.dueAt, clock).slice(0, 10));
  return groupBy(records, dayOf)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, list]) => {
      const kinds = groupBy(list, (r) => r.recipient)
        .sort(([, a], [, b]) => b.length - a.length)
        .map(([recipient, l]) => recipientKindCount(recipient as Recipient, l.length))
        .join(', ');
      const first = list.find((r) => r.dueAt !== null)?.dueAt;
      const when =
        day === '~' || !first ? 'No fixed due time' : slackDate(wallDueAt(first, clock), '{date_short_pretty}');
      return `• *${when}*: ${kinds}`;
    });
}

/**
 * The register's groups: one line per due day and recipient kind, done ones counted in, so that 54 state
 * notices read "• 30 regulator notices due Thu 30 Nov: 12 open". Days in UTC on the incident's clock, each
 * shown in the reader's zone; obligations with no fixed due time last.
 */
export function groupedByDueDayAndKind(
  records: readonly (Dated & Pick<ObligationRecord, 'doneAt'>)[],
  clock: IncidentClock,
): string[] {
  const dayOf = (r: Dated) => (r.dueAt === null ? '~' : wallDueAt(r.dueAt, clock).slice(0, 10));
  return groupBy(records, (r) => `${dayOf(r)} ${r.recipient}`)
    .sort(([a, la], [b, lb]) =>
      a.slice(0, 10) < b.slice(0, 10) ? -1 : a.slice(0, 10) > b.slice(0, 10) ? 1 : lb.length - la.length,
    )
    .map(([, list]) => {
      const [first] = list;
      if (!first) return '';
      const open = list.filter((r) => r.doneAt === null).length;
      const when =
        first.dueAt === null
          ? 'with no fixed due time'
          : `due ${slackDate(wallDueAt(first.dueAt, clock), '{date_short_pretty}')}`;
      const state = open === 0 ? ':white_check_mark: all done' : `${open.toLocaleString('en-US')} open`;
      return `• ${recipientKindCount(first.recipient, list.length)} ${when}: ${state}`;
    });
}
