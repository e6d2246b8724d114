import type { Incident, Role } from './incident';
import { IncidentRefusal } from '../../flows/incident-service';
import type { IncidentStore } from '../../store/incident-store';

/**
 * A closed incident is a record: it can be read and summarised, never changed. Every change (decision,
 * role, checklist tick, notice marked done, facts) checks this first.
 */
export function assertIncidentOpen(incident: Pick<Incident, 'id' | 'status'>, change: string): void {
  if (incident.status === 'closed') {
    throw new IncidentRefusal(`${incident.id} is closed; ${change} can no longer be recorded. \`/incident summary\` still works.`);
  }
}

/**
 * Assigns a role. Returns the incident as stored and who held the role before (null if nobody); a
 * concurrent close wins over the assignment, checked inside the compare-and-set.
 */
export async function assignRole(
  store: IncidentStore,
  incidentId: string,
  role: Role,
  userId: string,
): Promise<{ incident: Incident; previous: string | null }> {
  let previous: string | null = null;
  const incident = await store.update(incidentId, (current) => {
    assertIncidentOpen(current, 'roles');
    previous = current.roles[role] ?? null;
    return { ...current, roles: { ...current.roles, [role]: userId } };
  });
  return { incident, previous };
}

/**
 * Marks the incident closed. `closedNow` is false when it already was (a double click on Confirm, two
 * people closing at once): only the first close posts the final summary.
 */
export async function closeIncidentRecord(store: IncidentStore, incidentId: string, at: Date): Promise<{ incident: Incident; closedNow: boolean }> {
  let closedNow = false;
  const incident = await store.update(incidentId, (current) => {
    closedNow = current.status === 'open';
    return closedNow ? { ...current, status: 'closed', closedAt: at.toISOString() } : current;
  });
  return { incident, closedNow };
}
