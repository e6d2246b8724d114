import type { Incident } from '../incidents/incident';
import { incidentClock } from '../incidents/incident';
import { wallDueAt } from '../obligations/incident-clock';
import { byDueTime, type ObligationRecord, obligationStatus } from '../obligations/obligation-record';
import { regimeLabel, stageLabel } from '../obligations/regime-label';
import { OBLIGATION_STATUS_LABELS } from '../summary/labels';
import { formatInTimeZone } from '../time/format-in-zone';

/**
 * The notification register as a table: one row per obligation, as legal teams keep it in a spreadsheet. The
 * same rows feed `breachbot register --csv/--json` and the CSV the register's button uploads. Instants are
 * written in one named zone (the column headers say which); people by their Slack name with the id after it.
 */
export interface RegisterRow {
  obligation: string;
  regime: string;
  stage: string;
  jurisdiction: string;
  recipient: string;
  due: string;
  status: string;
  done: string;
  by: string;
  note: string;
  citation: string;
  caveat: string;
}

export const REGISTER_COLUMNS: readonly (keyof RegisterRow)[] = [
  'obligation',
  'regime',
  'stage',
  'jurisdiction',
  'recipient',
  'due',
  'status',
  'done',
  'by',
  'note',
  'citation',
  'caveat',
];

/** "2023-11-30 23:59 UTC": to the minute, in the named zone (an IANA name, or UTC). */
export function instantInZone(iso: string, zone: string): string {
  return `${formatInTimeZone(new Date(iso), zone, 'yyyy-MM-dd HH:mm')} ${zone}`;
}

/** A person as the export names them: "Alice Example (U0ALICE)", or the bare id when no name is known. */
export function personName(userId: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(userId);
  return name ? `${name} (${userId})` : userId;
}

export function registerRows(
  incident: Pick<Incident, 'openedAt' | 'drillSpeed'>,
  records: readonly ObligationRecord[],
  options: { now: Date; zone: string; names: ReadonlyMap<string, string> },
): RegisterRow[] {
  const clock = incidentClock(incident);
  return [...records].sort(byDueTime).map((o) => ({
    obligation: o.id,
    regime: regimeLabel(o.regime),
    stage: stageLabel(o.id) ?? '',
    jurisdiction: o.jurisdiction,
    recipient: o.recipientName,
    // On the incident's clock: a drill's sped-up due time is the one its status is judged against.
    due: o.dueAt ? instantInZone(wallDueAt(o.dueAt, clock), options.zone) : 'no fixed due time',
    status: `${OBLIGATION_STATUS_LABELS[obligationStatus(o, clock, options.now)]}${o.current ? '' : ' (no longer required)'}`,
    done: o.doneAt ? instantInZone(o.doneAt, options.zone) : '',
    by: o.doneBy ? personName(o.doneBy, options.names) : '',
    note: o.doneNote ?? '',
    citation: o.citation,
    caveat: o.caveat ?? '',
  }));
}

/**
 * RFC 4180: CRLF between records, every field quoted, quotes doubled. A field a spreadsheet would run as a
 * formula (it starts with =, +, -, @, tab or CR) is prefixed with an apostrophe: notes are typed by people.
 */
export function registerCsv(rows: readonly RegisterRow[], zone: string): string {
  const header = REGISTER_COLUMNS.map((c) => (c === 'due' || c === 'done' ? `${c} (${zone})` : c));
  const lines = [header, ...rows.map((r) => REGISTER_COLUMNS.map((c) => r[c]))].map((fields) =>
    fields.map(csvField).join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
