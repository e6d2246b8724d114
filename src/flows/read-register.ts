import type { Incident } from '../domain/incidents/incident';
import type { ObligationRecord } from '../domain/obligations/obligation-record';
import type { Actor, FlowContext } from './context';
import { assertSameIncident, incidentForMember } from './incident-gate';

/**
 * The register's detail (the modal and its pages): the stored obligations, for a member of the incident's
 * channel, of the incident the button named. Reads only.
 */
export async function readRegister(
  ctx: FlowContext,
  actor: Actor,
  incidentId: string,
): Promise<{ incident: Incident; records: ObligationRecord[]; now: Date }> {
  const incident = await incidentForMember(ctx, actor);
  assertSameIncident(incident, incidentId, 'nothing was opened');
  const state = await ctx.deadlines.get(incident.id);
  return { incident, records: state?.obligations ?? [], now: ctx.now() };
}
