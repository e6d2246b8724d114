import type { Incident } from '../../incidents/incident';
import { type ChecklistItem, type ChecklistTemplate, itemsShown } from '../checklist';
import { dataBreachTemplate } from './data-breach';

/** Every checklist template by id; an incident stores the id of the one it was opened with. */
export const CHECKLIST_TEMPLATES: ReadonlyMap<string, ChecklistTemplate> = new Map(
  [dataBreachTemplate].map((t) => [t.id, t]),
);
export const DEFAULT_TEMPLATE_ID = dataBreachTemplate.id;

/**
 * The items an incident gets: its template's, as deep as its severity asks, and those already worked on
 * (`touched`: item ids with a stored state or owner) that a lower severity would no longer ask for.
 */
export function checklistItemsFor(
  incident: Pick<Incident, 'id' | 'checklistTemplate' | 'severity'>,
  touched?: ReadonlySet<string>,
): ChecklistItem[] {
  const template = CHECKLIST_TEMPLATES.get(incident.checklistTemplate);
  if (!template)
    throw new Error(`incident ${incident.id} uses unknown checklist template ${incident.checklistTemplate}`);
  return itemsShown(template, incident.severity, touched);
}
