import type { WebClient } from '@slack/web-api';
import type { Incident } from '../domain/incidents/incident';
import { closeIncidentRecord } from '../domain/incidents/incident-lifecycle';
import { isObligationOutstanding, summariseObligations, type SummaryObligation } from '../domain/summary/incident-summary';
import { readObligations } from '../store/summary-records';
import type { BotServices } from '../slack/bot-services';
import { errorName } from '../slack/error-name';
import { postSummary } from './post-summary';
import { refreshChecklistMessage } from '../slack/messages/render-checklist';
import { refreshHeaderMessage } from '../slack/messages/render-header';

/** Obligations not yet done (open or overdue), in due order: what a close has to be confirmed over. */
export async function outstandingObligations(services: BotServices, incident: Incident): Promise<SummaryObligation[]> {
  const stored = await readObligations(services.deadlines.store, incident.id);
  if (!stored) return [];
  return summariseObligations(stored, services.now()).filter((o) => isObligationOutstanding(o.status));
}

/**
 * Closes the incident: the record first (so nothing can change it from here on), then the timeline entry,
 * then the reminders are cancelled, the header and checklist re-rendered without buttons, and the final
 * summary posted. Returns false when it was already closed (a second Confirm), which does nothing more.
 */
export async function closeIncident(services: BotServices, client: WebClient, incident: Incident, actor: string): Promise<boolean> {
  const at = services.now();
  const open = await outstandingObligations(services, incident);
  const { incident: closed, closedNow } = await closeIncidentRecord(services.incidents.store, incident.id, at);
  if (!closedNow) return false;
  await services.timeline.append(closed.id, {
    kind: 'closed',
    actor,
    at: at.toISOString(),
    summary: `Closed${open.length ? ` with ${open.length} obligation(s) still open: ${open.map((o) => o.id).join(', ')}` : ''}`,
    data: { openObligations: open.map((o) => o.id) },
    dedupeKey: 'closed',
  });
  services.log.info('incident_closed', { incident: closed.id, openObligations: open.length });

  // A failed cancellation must not undo the close; it is logged, and the close still completes.
  const cancelled = await services.reminders.cancelIncident(closed.id).catch((error: unknown) => {
    services.log.error('reminders_cancel_failed', { incident: closed.id, error: errorName(error) });
    return -1;
  });
  if (cancelled >= 0) services.log.info('reminders_cancelled', { incident: closed.id, count: cancelled });
  await refreshHeaderMessage(client, closed);
  await refreshChecklistMessage(client, services.incidents, closed);
  await postSummary(services, client, closed, { actor, final: true });
  return true;
}
