import type { Incident } from '../domain/incidents/incident';
import type { IncidentService } from '../flows/incident-service';
import type { DeadlineStore } from './deadline-store';
import type { ObligationRecord } from '../domain/obligations/obligation-record';
import type { TimelineStore } from './timeline-store';
import type { ObligationProgress, SummaryInput } from '../domain/summary/incident-summary';

/** Where the summary's records live: the same stores that write them, so the summary reads their schemas. */
export interface SummarySources {
  incidents: IncidentService;
  timeline: TimelineStore;
  deadlines: Pick<DeadlineStore, 'get'>;
}

/** A stored obligation as the summary sees it: the engine's obligation and whether and when it was done. */
export function obligationProgress(record: ObligationRecord): ObligationProgress {
  const { doneAt, doneBy, doneNote: _note, current: _current, ...obligation } = record;
  return { obligation, doneAt, ...(doneBy ? { doneBy } : {}) };
}

/** Null when the engine never computed obligations for the incident. */
export async function readObligations(deadlines: Pick<DeadlineStore, 'get'>, incidentId: string): Promise<ObligationProgress[] | null> {
  const state = await deadlines.get(incidentId);
  return state ? state.obligations.map(obligationProgress) : null;
}

/** Everything the summary needs, read in parallel; the incident is passed in as already read. */
export async function loadSummaryInput(sources: SummarySources, incident: Incident, now: Date): Promise<SummaryInput> {
  const [checklistStates, timeline, deadlines] = await Promise.all([
    sources.incidents.checklistStates(incident),
    sources.timeline.entries(incident.id),
    sources.deadlines.get(incident.id),
  ]);
  return {
    incident,
    checklistItems: sources.incidents.checklistItems(incident),
    checklistStates,
    timeline,
    facts: deadlines?.facts ?? null,
    obligations: deadlines ? deadlines.obligations.map(obligationProgress) : null,
    now,
  };
}
