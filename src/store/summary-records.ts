import { checklistItemsFor } from '../domain/checklist/templates';
import type { Incident } from '../domain/incidents/incident';
import type { SummaryInput } from '../domain/summary/incident-summary';
import type { DeadlineStore } from './deadline-store';
import type { IncidentStore } from './incident-store';
import type { TimelineStore } from './timeline-store';

/** Where the summary's records live: the same stores that write them, so the summary reads their schemas. */
export interface SummarySources {
  incidents: Pick<IncidentStore, 'getChecklist' | 'getAddedChecklistItems' | 'getChecklistOwners'>;
  timeline: Pick<TimelineStore, 'readableEntries'>;
  deadlines: Pick<DeadlineStore, 'get'>;
}

/** Everything the summary needs, read in parallel; the incident is passed in as already read. */
export async function loadSummaryInput(sources: SummarySources, incident: Incident, now: Date): Promise<SummaryInput> {
  const [checklistStates, owners, added, timeline, deadlines] = await Promise.all([
    sources.incidents.getChecklist(incident.id),
    sources.incidents.getChecklistOwners(incident.id),
    sources.incidents.getAddedChecklistItems(incident.id),
    sources.timeline.readableEntries(incident.id),
    sources.deadlines.get(incident.id),
  ]);
  return {
    incident,
    // As the channel's checklist shows them: items worked on stay after a lower severity (checklistOf).
    checklistItems: [...checklistItemsFor(incident, new Set([...checklistStates.keys(), ...owners.keys()])), ...added],
    checklistStates,
    checklistOwners: owners,
    timeline: timeline.entries,
    timelineTexts: timeline.texts,
    ...(timeline.unreadable.length ? { unreadableEntries: timeline.unreadable } : {}),
    timelineHead: timeline.head,
    facts: deadlines?.facts ?? null,
    obligations: deadlines ? deadlines.obligations : null,
    now,
  };
}
