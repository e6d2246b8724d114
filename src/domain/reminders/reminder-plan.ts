import { type IncidentClock, wallTime } from '../obligations/incident-clock';
import { isOpen, type ObligationRecord } from '../obligations/obligation-record';
import { reminderRule } from './lead-times';

export type ReminderKind = 'before' | 'due' | 'overdue';

/** One reminder to post: what, about which obligation, and when on the wall clock. */
export interface PlannedReminder {
  /** Stable id: `<incident>|<obligation>|<kind>|<due epoch ms>` (see `reminderId`). */
  id: string;
  incidentId: string;
  obligationId: string;
  kind: ReminderKind;
  /** 'before': how long before the due time (legal clock), in ms. */
  leadMs?: number;
  /** 'overdue': the escalation's number, 1 for the first. */
  n?: number;
  /** The legal due time the reminder is about (ISO). */
  dueAt: string;
  /** When it is to be posted, on the wall clock (ISO): equal to the legal instant except in a sped-up drill. */
  fireAt: string;
}

/**
 * The reminder's identity. The due time is part of it: a deadline that moves is a different set of reminders
 * (its "24 hours left" is news again), while planning the same deadline twice gives the same ids, so adding
 * them again changes nothing. The separator is `|` because BullMQ job ids must not contain `:`.
 */
export function reminderId(
  incidentId: string,
  obligationId: string,
  kind: ReminderKind,
  dueAt: string,
  detail: { leadMs?: number; n?: number } = {},
): string {
  const suffix =
    kind === 'before'
      ? `before-${Math.round((detail.leadMs ?? 0) / 60_000)}m`
      : kind === 'overdue'
        ? `overdue-${detail.n ?? 1}`
        : 'due';
  return `${incidentId}|${obligationId}|${suffix}|${Date.parse(dueAt)}`;
}

/** The obligation a reminder id belongs to, for cancelling by obligation. */
export function obligationOfReminderId(id: string): { incidentId: string; obligationId: string } | null {
  const parts = id.split('|');
  if (parts.length !== 4 || !parts[0] || !parts[1]) return null;
  return { incidentId: parts[0], obligationId: parts[1] };
}

function clockLengthMs(o: Pick<ObligationRecord, 'dueAt' | 'trigger'>): number {
  return o.dueAt === null ? 0 : Date.parse(o.dueAt) - Date.parse(o.trigger.at);
}

/** The n-th overdue escalation of an obligation (n ≥ 1). */
export function escalation(
  incidentId: string,
  o: Pick<ObligationRecord, 'id' | 'dueAt' | 'trigger'>,
  n: number,
  clock: IncidentClock,
): PlannedReminder | null {
  if (o.dueAt === null) return null;
  const { escalateEveryMs } = reminderRule(clockLengthMs(o));
  const legal = Date.parse(o.dueAt) + n * escalateEveryMs;
  return {
    id: reminderId(incidentId, o.id, 'overdue', o.dueAt, { n }),
    incidentId,
    obligationId: o.id,
    kind: 'overdue',
    n,
    dueAt: o.dueAt,
    fireAt: new Date(wallTime(legal, clock)).toISOString(),
  };
}

/**
 * The escalation to follow escalation `afterN`: the next one whose moment is still ahead of `now`, so a worker
 * that was down for days posts one escalation when it returns, not one per missed interval.
 */
export function nextEscalation(
  incidentId: string,
  o: Pick<ObligationRecord, 'id' | 'dueAt' | 'trigger'>,
  afterN: number,
  clock: IncidentClock,
  now: Date,
): PlannedReminder | null {
  if (o.dueAt === null) return null;
  const { escalateEveryMs } = reminderRule(clockLengthMs(o));
  const dueWall = wallTime(Date.parse(o.dueAt), clock);
  const caughtUp = Math.floor((now.getTime() - dueWall) / (escalateEveryMs / clock.speed)) + 1;
  return escalation(incidentId, o, Math.max(afterN + 1, caughtUp), clock);
}

/**
 * The reminders still to come for one obligation as of `now`: the lead-time reminders and the due-time one
 * whose moment has not passed, and the next overdue escalation. Reminders whose moment has passed are left
 * out, never fired late in a burst; the escalations after the next are scheduled one by one as each fires.
 * Nothing for an obligation that is done, no longer listed, or has no fixed due time.
 */
export function planReminders(
  incidentId: string,
  o: ObligationRecord,
  clock: IncidentClock,
  now: Date,
): PlannedReminder[] {
  if (!isOpen(o) || o.dueAt === null) return [];
  const dueMs = Date.parse(o.dueAt);
  const nowMs = now.getTime();
  const { leadsMs, escalateEveryMs } = reminderRule(clockLengthMs(o));
  const plan: PlannedReminder[] = [];
  for (const leadMs of leadsMs) {
    const fire = wallTime(dueMs - leadMs, clock);
    if (fire < nowMs) continue;
    plan.push({
      id: reminderId(incidentId, o.id, 'before', o.dueAt, { leadMs }),
      incidentId,
      obligationId: o.id,
      kind: 'before',
      leadMs,
      dueAt: o.dueAt,
      fireAt: new Date(fire).toISOString(),
    });
  }
  const dueWall = wallTime(dueMs, clock);
  if (dueWall >= nowMs) {
    plan.push({
      id: reminderId(incidentId, o.id, 'due', o.dueAt),
      incidentId,
      obligationId: o.id,
      kind: 'due',
      dueAt: o.dueAt,
      fireAt: new Date(dueWall).toISOString(),
    });
  }
  // The first escalation whose moment is still ahead (the first one, when the due time is still ahead).
  const wallInterval = escalateEveryMs / clock.speed;
  const n = dueWall >= nowMs ? 1 : Math.floor((nowMs - dueWall) / wallInterval) + 1;
  const next = escalation(incidentId, o, n, clock);
  if (next) plan.push(next);
  return plan;
}

/** Every reminder still to come for an incident's obligations, soonest first. */
export function planIncident(
  incidentId: string,
  records: readonly ObligationRecord[],
  clock: IncidentClock,
  now: Date,
): PlannedReminder[] {
  // Each fire time parsed once, not at every comparison: ~450 reminders of a Mr. Cooper-sized incident took
  // 8,000 Date.parse calls to sort, most of the plan's time on the bot's event loop (issue 9).
  return records
    .flatMap((r) => planReminders(incidentId, r, clock, now))
    .map((reminder) => ({ reminder, at: Date.parse(reminder.fireAt) }))
    .sort((a, b) => a.at - b.at || (a.reminder.id < b.reminder.id ? -1 : 1))
    .map(({ reminder }) => reminder);
}
