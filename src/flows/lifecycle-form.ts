import type { Incident } from '../domain/incidents/incident';
import { assertIncidentOpen } from '../domain/incidents/incident-lifecycle';
import { assertMayAct } from './authority-gate';
import type { Actor, FlowContext } from './context';
import { assertSameIncident, incidentForMember } from './incident-gate';

/** The header's lifecycle buttons, by what each changes. */
export type LifecycleForm = 'severity' | 'title' | 'status';

const CHANGE_WORDS: Record<LifecycleForm, string> = {
  severity: 'severity changes',
  title: 'title changes',
  status: 'status changes',
};

/**
 * Before a header button opens its form: the same gate as the act (a member, this incident, still open; the
 * severity only for whoever may change it), so nobody fills in a form only to be refused. The act checks
 * again when the form is submitted.
 */
export async function incidentForLifecycleForm(
  ctx: FlowContext,
  actor: Actor,
  incidentId: string,
  form: LifecycleForm,
): Promise<Incident> {
  const incident = await incidentForMember(ctx, actor);
  assertSameIncident(incident, incidentId, 'nothing was opened');
  assertIncidentOpen(incident, CHANGE_WORDS[form]);
  if (form === 'severity') await assertMayAct(ctx, incident, actor, 'change_severity');
  return incident;
}
