import type { Incident } from '../../domain/incidents/incident';
import type { ObligationDiff } from '../../domain/obligations/obligation-diff';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';

/**
 * The incident fields reminders depend on (`drill`: a drill also gets its auto-close scheduled, from its
 * opening, or from its last reopen: `reopens`, `reopenedAt`).
 */
export type ReminderIncident = Pick<Incident, 'id' | 'openedAt' | 'drillSpeed'> &
  Partial<Pick<Incident, 'drill' | 'reopens' | 'reopenedAt'>>;

/**
 * What the rest of the bot asks of the reminder scheduler (implemented with BullMQ in jobs/reminders).
 * Counts are of jobs added or removed.
 */
export interface ReminderScheduling {
  /** Every reminder still to come for an incident's obligations (at open). Idempotent. */
  scheduleIncident(incident: ReminderIncident, records: readonly ObligationRecord[], now: Date): Promise<number>;
  /** After a facts change: replaces exactly the reminders of added, moved and removed obligations. */
  reschedule(
    incident: ReminderIncident,
    diff: ObligationDiff,
    after: readonly ObligationRecord[],
    now: Date,
  ): Promise<{ removed: number; added: number }>;
  /** Removes the pending reminders of some obligations (notified). */
  cancelObligations(incidentId: string, obligationIds: readonly string[]): Promise<number>;
  /** Removes every pending reminder of an incident (close). */
  cancelIncident(incidentId: string): Promise<number>;
}
