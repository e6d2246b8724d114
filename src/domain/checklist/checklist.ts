import { z } from 'zod';
import { instantSchema } from '../ids';
import { type Severity, severitySchema } from '../incidents/incident';

export const PHASES = [
  { id: 'triage', title: 'Triage and declare' },
  { id: 'contain', title: 'Contain' },
  { id: 'preserve', title: 'Preserve evidence' },
  { id: 'engage', title: 'Engage counsel and outside parties' },
  { id: 'scope', title: 'Scope the data and the people' },
  { id: 'notify', title: 'Regulatory and individual notifications' },
  { id: 'support', title: 'Customer support and remediation' },
  { id: 'recover', title: 'Recovery' },
  { id: 'review', title: 'Post-incident review' },
] as const;
/**
 * The phases of NIST SP 800-61 Rev. 2 §3 the checklist's own phases fall in, for grouping: notification is
 * part of detection and analysis (§3.2.7 "Incident Notification"), evidence of containment (§3.3.2), customer
 * support and remediation of recovery (§3.3.4).
 */
export const NIST_PHASES = [
  {
    id: 'detect',
    title: 'Detection and analysis',
    ref: 'NIST SP 800-61 §3.2',
    phases: ['triage', 'engage', 'scope', 'notify'],
  },
  {
    id: 'contain',
    title: 'Containment, eradication and recovery',
    ref: 'NIST SP 800-61 §3.3',
    phases: ['contain', 'preserve', 'support', 'recover'],
  },
  { id: 'post', title: 'Post-incident activity', ref: 'NIST SP 800-61 §3.4', phases: ['review'] },
] as const satisfies readonly { id: string; title: string; ref: string; phases: readonly PhaseId[] }[];
export type NistPhaseId = (typeof NIST_PHASES)[number]['id'];

export const phaseIdSchema = z.enum(PHASES.map((p) => p.id) as [PhaseId, ...PhaseId[]]);
export type PhaseId = (typeof PHASES)[number]['id'];

export const checklistItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  phase: phaseIdSchema,
  text: z.string().min(1).max(150),
  /** The least severe incident this item still applies to: `sev4` means every incident, `sev1` only the worst. */
  upTo: severitySchema,
  /** Why the item is there: the practice or rule behind it. */
  basis: z.string().min(1),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistTemplateSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  items: z.array(checklistItemSchema).min(1),
});
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;

/** Who owns each item: itemId → Slack user id (hash under the incident's checklist-owners key). */
export type ChecklistOwners = Map<string, string>;

/** Stored state of one item (hash field value under the incident's checklist key). */
export const checklistItemStateSchema = z.strictObject({
  done: z.boolean(),
  by: z.string(),
  at: instantSchema,
});
export type ChecklistItemState = z.infer<typeof checklistItemStateSchema>;

const SEVERITY_RANK: Record<Severity, number> = { sev1: 1, sev2: 2, sev3: 3, sev4: 4 };

/** The items an incident of `severity` gets: the worse the incident, the deeper the list. */
export function itemsForSeverity(template: ChecklistTemplate, severity: Severity): ChecklistItem[] {
  return template.items.filter((item) => SEVERITY_RANK[severity] <= SEVERITY_RANK[item.upTo]);
}

/**
 * The template items an incident shows after its severity changed (issue 12): every item its severity asks
 * for, and every item someone already worked on (ticked, unticked, or given an owner) even if the severity
 * no longer asks for it. A higher severity adds its items; a lower one drops only the untouched items it no
 * longer asks for, so no record of work is ever taken off the checklist. In template order.
 */
export function itemsShown(
  template: ChecklistTemplate,
  severity: Severity,
  touched: ReadonlySet<string> = new Set(),
): ChecklistItem[] {
  return template.items.filter((item) => SEVERITY_RANK[severity] <= SEVERITY_RANK[item.upTo] || touched.has(item.id));
}
