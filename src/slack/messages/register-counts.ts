import { type Incident, incidentClock } from '../../domain/incidents/incident';
import { wallDueAt } from '../../domain/obligations/incident-clock';
import { byDueTime, type ObligationRecord, obligationStatus } from '../../domain/obligations/obligation-record';
import { regimeLabel } from '../../domain/obligations/regime-label';
import { plainNoticeWords } from './obligations-message';
import { escapeMrkdwn, slackDate } from './slack-date';

/** Where an obligation stands, as the register filters it. */
export const REGISTER_STATES = ['overdue', 'soon', 'open', 'done'] as const;
export type RegisterState = (typeof REGISTER_STATES)[number];

const DAY_MS = 24 * 3600_000;

/** Overdue; due within 24 h; open later; done (given). One function for the message and the modal. */
export function registerState(o: ObligationRecord, incident: Incident, now: Date): RegisterState {
  const clock = incidentClock(incident);
  const status = obligationStatus(o, clock, now);
  if (status === 'overdue') return 'overdue';
  if (status !== 'open') return 'done';
  if (o.dueAt !== null && Date.parse(wallDueAt(o.dueAt, clock)) - now.getTime() <= DAY_MS) return 'soon';
  return 'open';
}

/** The obligations the register lists: every current one, and the ones given that the facts no longer list. */
export function registerRecords(records: readonly ObligationRecord[]): ObligationRecord[] {
  return records.filter((r) => r.current || r.doneAt !== null).sort(byDueTime);
}

export interface RegisterCounts {
  overdue: number;
  soon: number;
  /** Every notice still to be given (overdue and due soon included). */
  open: number;
  done: number;
  late: number;
}

export function registerCounts(records: readonly ObligationRecord[], incident: Incident, now: Date): RegisterCounts {
  const clock = incidentClock(incident);
  const counts: RegisterCounts = { overdue: 0, soon: 0, open: 0, done: 0, late: 0 };
  for (const o of registerRecords(records)) {
    const state = registerState(o, incident, now);
    if (state === 'done') {
      counts.done += 1;
      if (obligationStatus(o, clock, now) === 'done_late') counts.late += 1;
      continue;
    }
    counts.open += 1;
    if (state === 'overdue') counts.overdue += 1;
    if (state === 'soon') counts.soon += 1;
  }
  return counts;
}

const n = (x: number) => x.toLocaleString('en-US');

/** ":rotating_light: 2 overdue · :hourglass_flowing_sand: 3 due in 24 h · 120 open · 9 done (1 late)". */
export function countsLine(c: RegisterCounts): string {
  return [
    `${c.overdue ? ':rotating_light: ' : ''}*${n(c.overdue)}* overdue`,
    `${c.soon ? ':hourglass_flowing_sand: ' : ''}*${n(c.soon)}* due in 24 h`,
    `*${n(c.open)}* open`,
    `*${n(c.done)}* done${c.late ? ` (${n(c.late)} late)` : ''}`,
  ].join(' · ');
}

/** One obligation on one line, its id exactly as `/incident notified` takes it. */
export function registerLine(o: ObligationRecord, incident: Incident, now: Date): string {
  const clock = incidentClock(incident);
  const state = registerState(o, incident, now);
  const due = o.dueAt === null ? 'no fixed due time' : `due ${slackDate(wallDueAt(o.dueAt, clock))}`;
  const status =
    state === 'done'
      ? `:white_check_mark: given ${slackDate(o.doneAt ?? '')}${obligationStatus(o, clock, now) === 'done_late' ? ' (late)' : ''}${o.doneBy ? ` by <@${o.doneBy}>` : ''}`
      : state === 'overdue'
        ? ':rotating_light: overdue'
        : state === 'soon'
          ? ':hourglass_flowing_sand: due within 24 h'
          : 'open';
  return `*${escapeMrkdwn(regimeLabel(o.regime))}* \`${o.id}\` ${escapeMrkdwn(plainNoticeWords(o))}\n${due} · ${status}`;
}
