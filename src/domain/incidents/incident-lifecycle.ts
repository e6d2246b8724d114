import { closedRefusal } from '../refusals';
import type { Incident, Role } from './incident';

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

/** The record closed at `at`; `closedNow` is false when it already was (a second Confirm, two people at once). */
export function closed(current: Incident, at: Date): { next: Incident; closedNow: boolean } {
  if (current.status !== 'open') return { next: current, closedNow: false };
  return { next: { ...current, status: 'closed', closedAt: at.toISOString() }, closedNow: true };
}
