import type { ChecklistItem } from '../domain/checklist/checklist';
import { checklistItemsFor } from '../domain/checklist/templates';
import type { Incident } from '../domain/incidents/incident';
import type { FlowContext } from './context';

/**
 * The incident's checklist: the template's items for its severity (and those already ticked or owned that a
 * lower severity no longer asks for), then the items the team added.
 */
export async function checklistOf(
  ctx: FlowContext,
  incident: Pick<Incident, 'id' | 'checklistTemplate' | 'severity'>,
): Promise<ChecklistItem[]> {
  const [states, owners, added] = await Promise.all([
    ctx.incidents.getChecklist(incident.id),
    ctx.incidents.getChecklistOwners(incident.id),
    ctx.incidents.getAddedChecklistItems(incident.id),
  ]);
  const touched = new Set([...states.keys(), ...owners.keys()]);
  return [...checklistItemsFor(incident, touched), ...added];
}
