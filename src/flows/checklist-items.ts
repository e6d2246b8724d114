import type { ChecklistItem } from '../domain/checklist/checklist';
import { checklistItemsFor } from '../domain/checklist/templates';
import type { Incident } from '../domain/incidents/incident';
import type { FlowContext } from './context';

/** The incident's checklist: the template's items for its severity, then the items the team added. */
export async function checklistOf(
  ctx: FlowContext,
  incident: Pick<Incident, 'id' | 'checklistTemplate' | 'severity'>,
): Promise<ChecklistItem[]> {
  return [...checklistItemsFor(incident), ...(await ctx.incidents.getAddedChecklistItems(incident.id))];
}
