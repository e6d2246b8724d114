import type { ChecklistTemplate } from '../checklist';
import { dataBreachTemplate } from './data-breach';

/** Every checklist template by id; an incident stores the id of the one it was opened with. */
export const CHECKLIST_TEMPLATES: ReadonlyMap<string, ChecklistTemplate> = new Map(
  [dataBreachTemplate].map((t) => [t.id, t]),
);
export const DEFAULT_TEMPLATE_ID = dataBreachTemplate.id;
