import type { Incident } from '../domain/incidents/incident';
import { initialFacts } from '../domain/obligations/deadline-state';
import { explainRegime, type RegimeExplanation, type TriggerFlags } from '../domain/regulations/regime-explanation';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';

/**
 * `/incident why <regime>`: why the regime does or does not apply to this incident, from the facts stored now
 * (or, before any were recorded, the facts it opened with). Reads only: nothing changes.
 */
export async function explainRegimeForIncident(
  ctx: FlowContext,
  actor: Actor,
  regime: string,
  triggerFlags: TriggerFlags,
): Promise<{ incident: Incident; explanation: RegimeExplanation }> {
  const incident = await incidentForMember(ctx, actor);
  const state = await ctx.deadlines.get(incident.id);
  const facts = state?.facts ?? initialFacts(incident, ctx.settings.profile);
  return { incident, explanation: explainRegime(facts, regime, { named: incident.regimes, triggerFlags }) };
}
