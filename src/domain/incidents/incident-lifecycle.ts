import { closedRefusal, Refusal } from '../refusals';
import { stripBidiControls } from '../text/bidi';
import type { Incident, IncidentPhase, Role, Severity } from './incident';
import { phaseOf, REASON_MAX } from './incident';

/**
 * A closed incident is a record: it can be read and summarised, never changed. Every change checks this
 * inside its atomic update (the stores' scripts and compare-and-set), never on a snapshot read before it.
 */
export function assertIncidentOpen(incident: Pick<Incident, 'id' | 'status'>, change: string): void {
  if (incident.status === 'closed') throw closedRefusal(incident.id, change);
}

/** The record with the role given to `userId`, and who held it before (null if nobody). */
export function withRole(current: Incident, role: Role, userId: string): { next: Incident; previous: string | null } {
  assertIncidentOpen(current, 'roles');
  return { next: { ...current, roles: { ...current.roles, [role]: userId } }, previous: current.roles[role] ?? null };
}

/** A lifecycle change as the channel is told of it (and the timeline records it). */
export type LifecycleChange =
  | { what: 'severity'; from: Severity; to: Severity; checklistAdded: number; checklistDropped: number }
  | { what: 'title'; from: string; to: string }
  | { what: 'status'; from: IncidentPhase; to: IncidentPhase }
  | { what: 'reopened'; reason?: string; remindersScheduled: number };

/** A change of one field: the record after it, what it was, and whether anything changed (the same twice is a no-op). */
export interface FieldChange<T> {
  next: Incident;
  previous: T;
  changed: boolean;
}

/** The record at `severity`. Refused once closed (inside the compare-and-set), a no-op when it already is. */
export function withSeverity(current: Incident, severity: Severity): FieldChange<Severity> {
  assertIncidentOpen(current, 'severity changes');
  const previous = current.severity;
  if (previous === severity) return { next: current, previous, changed: false };
  return { next: { ...current, severity }, previous, changed: true };
}

/** Longest title kept (the stored schema's limit). */
export const TITLE_MAX = 200;

/**
 * A title as typed, made storable: bidirectional controls dropped (they only disguise text), whitespace
 * collapsed. Null when nothing is left; a refusal when it is longer than the record keeps.
 */
export function cleanTitle(typed: string): string | null {
  const title = stripBidiControls(typed).replace(/\s+/g, ' ').trim();
  if (!title) return null;
  if (title.length > TITLE_MAX) {
    throw new Refusal('invalid_title', `A title is at most ${TITLE_MAX} characters; this one has ${title.length}.`);
  }
  return title;
}

/** The record renamed. Refused once closed, a no-op when the title is already that. */
export function withTitle(current: Incident, title: string): FieldChange<string> {
  assertIncidentOpen(current, 'title changes');
  const previous = current.title;
  if (previous === title) return { next: current, previous, changed: false };
  return { next: { ...current, title }, previous, changed: true };
}

/** The record in `phase` (investigating, contained, …). Refused once closed, a no-op when it already is. */
export function withPhase(current: Incident, phase: IncidentPhase): FieldChange<IncidentPhase> {
  assertIncidentOpen(current, 'status changes');
  const previous = phaseOf(current);
  if (previous === phase) return { next: current, previous, changed: false };
  return { next: { ...current, phase }, previous, changed: true };
}

/** A reason as typed: trimmed, bidirectional controls dropped, at most REASON_MAX characters; undefined when empty. */
export function cleanReason(typed: string | undefined): string | undefined {
  const reason = stripBidiControls(typed ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!reason) return undefined;
  if (reason.length > REASON_MAX) {
    throw new Refusal('invalid_reason', `A reason is at most ${REASON_MAX} characters; this one has ${reason.length}.`);
  }
  return reason;
}

/**
 * The record closed at `at`, with the reason given; `closedNow` is false when it already was (a second
 * Confirm, two people at once). The phase is kept: it says where the incident stood when it was closed.
 */
export function closed(current: Incident, at: Date, reason?: string): { next: Incident; closedNow: boolean } {
  if (current.status !== 'open') return { next: current, closedNow: false };
  return {
    next: { ...current, status: 'closed', closedAt: at.toISOString(), ...(reason ? { closeReason: reason } : {}) },
    closedNow: true,
  };
}

/**
 * The record open again (`/incident reopen`): the close time and reason are cleared from the record (both stay
 * on the timeline), the reopen is counted, and the phase goes back to `investigating`: an incident is
 * reopened because something new came to light, which is investigated before anything else. `reopenedNow` is
 * false when it was open already (a second reopen, a retried delivery).
 */
export function reopened(
  current: Incident,
  at: Date,
  by: string,
  reason?: string,
): { next: Incident; reopenedNow: boolean } {
  if (current.status !== 'closed') return { next: current, reopenedNow: false };
  const { closedAt: _closedAt, closeReason: _closeReason, reopenReason: _reopenReason, ...rest } = current;
  return {
    next: {
      ...rest,
      status: 'open',
      phase: 'investigating',
      reopens: (current.reopens ?? 0) + 1,
      reopenedAt: at.toISOString(),
      reopenedBy: by,
      ...(reason ? { reopenReason: reason } : {}),
    },
    reopenedNow: true,
  };
}
