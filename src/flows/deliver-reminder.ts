import { incidentClock } from '../domain/incidents/incident';
import { regimeLabel } from '../domain/obligations/regime-label';
import { nextEscalation, type PlannedReminder } from '../domain/reminders/reminder-plan';
import type { BotLog } from '../runtime/log';
import type { DeadlineStore } from '../store/deadline-store';
import type { DeliveryLedger } from '../store/delivery-ledger';
import type { IncidentStore } from '../store/incident-store';
import type { TimelineStore } from '../store/timeline-store';
import { PostFailure, type ReminderPostPort } from './ports/reminder-post';

export type DeliveryOutcome =
  | { outcome: 'posted'; ts: string }
  | { outcome: 'already_posted'; ts: string | null }
  | {
      outcome: 'dropped';
      reason:
        | 'incident_closed'
        | 'incident_missing'
        | 'obligation_gone'
        | 'obligation_done'
        | 'due_moved'
        | 'escalations_capped';
    };

export interface DeliveryResult {
  outcome: DeliveryOutcome;
  /** The escalation to schedule after this one (for an overdue reminder that was posted). */
  next: PlannedReminder | null;
}

export interface ReminderDeliveryDeps {
  incidents: IncidentStore;
  deadlines: DeadlineStore;
  ledger: DeliveryLedger;
  timeline: TimelineStore;
  poster: ReminderPostPort;
  log: BotLog;
  now: () => Date;
  /** REMINDER_ESCALATION_CAP: overdue escalations posted per obligation; the last says so. Absent: no cap. */
  escalationCap?: number;
}

/**
 * Posts one reminder, at most once, and only while it is still true: the incident open, the obligation still
 * listed, not done, and still due at the time the reminder was planned for. Knows nothing of the queue; the
 * worker calls it and retries what it throws.
 *
 * Exactly once rests on the ledger: "posting" is recorded before the post; an attempt that finds "posting"
 * (a crash, a timeout, a 5xx that may have posted) searches the channel for the reminder's id before posting
 * again; a failure that certainly posted nothing releases the mark.
 */
export async function deliverReminder(
  deps: ReminderDeliveryDeps,
  r: PlannedReminder,
  attempt: number,
): Promise<DeliveryResult> {
  const { incidents, deadlines, ledger, poster, log } = deps;
  const incident = await incidents.get(r.incidentId);
  if (!incident) return dropped('incident_missing');
  if (incident.status !== 'open') return dropped('incident_closed');
  const state = await deadlines.get(r.incidentId);
  const o = state?.obligations.find((x) => x.id === r.obligationId);
  if (!o?.current) return dropped('obligation_gone');
  if (o.doneAt !== null) return dropped('obligation_done');
  if (o.dueAt === null || Date.parse(o.dueAt) !== Date.parse(r.dueAt)) return dropped('due_moved');
  // The cap counts escalations of this obligation already posted; the one that reaches it is the last.
  let finalOfCap: number | undefined;
  if (r.kind === 'overdue' && deps.escalationCap !== undefined) {
    const before = await ledger.escalationsPosted(r.incidentId, r.obligationId, r.id);
    if (before >= deps.escalationCap) return dropped('escalations_capped');
    if (before + 1 >= deps.escalationCap) finalOfCap = deps.escalationCap;
  }
  const next =
    r.kind === 'overdue' && finalOfCap === undefined
      ? nextEscalation(r.incidentId, o, r.n ?? 1, incidentClock(incident), deps.now())
      : null;

  const previous = await ledger.beginPosting(r.incidentId, r.id, attempt, deps.now());
  if (previous?.state === 'posted') return { outcome: { outcome: 'already_posted', ts: previous.ts }, next };
  if (previous?.state === 'posting') {
    const ts = await poster.findReminderPost(incident.channelId, r.id, Date.parse(previous.since));
    if (ts) {
      await ledger.markPosted(r.incidentId, r.id, ts, deps.now());
      await record(deps, r, ts, o.regime);
      log.info('reminder_found_posted', { incident: r.incidentId, reminder: r.id });
      return { outcome: { outcome: 'already_posted', ts }, next };
    }
  }

  let ts: string;
  try {
    ts = await poster.postReminder(incident, o, r, deps.now(), finalOfCap !== undefined ? { finalOfCap } : {});
  } catch (error) {
    if (error instanceof PostFailure && error.notPosted) await ledger.release(r.incidentId, r.id);
    log.warn('reminder_post_failed', {
      incident: r.incidentId,
      reminder: r.id,
      attempt,
      error: error instanceof PostFailure ? error.code : 'unknown',
    });
    throw error;
  }
  await ledger.markPosted(r.incidentId, r.id, ts, deps.now());
  await record(deps, r, ts, o.regime);
  log.info('reminder_posted', {
    incident: r.incidentId,
    reminder: r.id,
    kind: r.kind,
    ...(finalOfCap !== undefined ? { escalations_stopped: true } : {}),
  });
  return { outcome: { outcome: 'posted', ts }, next };
}

async function record(deps: ReminderDeliveryDeps, r: PlannedReminder, ts: string, regime: string): Promise<void> {
  const what =
    r.kind === 'before'
      ? `${Math.round((r.leadMs ?? 0) / 60_000)} minutes before`
      : r.kind === 'due'
        ? 'at the due time'
        : `overdue escalation ${r.n ?? 1}`;
  await deps.timeline.append(r.incidentId, {
    kind: 'reminder_sent',
    actor: 'breachbot',
    at: deps.now().toISOString(),
    summary: `Reminder posted for ${regimeLabel(regime)} ${r.obligationId} (${what}; due ${r.dueAt})`,
    data: { reminderId: r.id, obligationId: r.obligationId, kind: r.kind, dueAt: r.dueAt, ts },
    dedupeKey: `reminder:${r.id}`,
  });
}

function dropped(reason: Extract<DeliveryOutcome, { outcome: 'dropped' }>['reason']): DeliveryResult {
  return { outcome: { outcome: 'dropped', reason }, next: null };
}
