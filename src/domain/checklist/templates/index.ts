import type { Incident } from '../../incidents/incident';
import { type ChecklistItem, type ChecklistTemplate, itemsForSeverity } from '../checklist';
import { dataBreachTemplate } from './data-breach';

/** Every checklist template by id; an incident stores the id of the one it was opened with. */
export const CHECKLIST_TEMPLATES: ReadonlyMap<string, ChecklistTemplate> = new Map(
  [dataBreachTemplate].map((t) => [t.id, t]),
);
export const DEFAULT_TEMPLATE_ID = dataBreachTemplate.id;

/** The items an incident gets: its template's, as deep as its severity asks. */
export function checklistItemsFor(incident: Pick<Incident, 'id' | 'checklistTemplate' | 'severity'>): ChecklistItem[] {
  const template = CHECKLIST_TEMPLATES.get(incident.checklistTemplate);
  if (!template)
    throw new Error(`incident ${incident.id} uses unknown checklist template ${incident.checklistTemplate}`);
  return itemsForSeverity(template, incident.severity);
}
