import type { Incident } from '../domain/incidents/incident';
import { initialFacts } from '../domain/obligations/deadline-state';
import { factsFingerprint } from '../domain/obligations/facts-fingerprint';
import type { Facts } from '../domain/regulations/facts';
import type { Actor, FlowContext } from './context';
import { assertSameIncident, incidentForMember } from './incident-gate';

export interface StoredFacts {
  incident: Incident;
  facts: Facts;
  /** The stored version (0 before the first computation) and the fingerprint the form is checked against. */
  version: number;
  fingerprint: string;
  now: Date;
}

/**
 * The incident's current facts, for a member of its channel: the facts form is filled from them and
 * `/incident facts show` prints them. `incidentId`, from a button, must be the channel's incident. Reads only.
 */
export async function readFacts(ctx: FlowContext, actor: Actor, incidentId?: string): Promise<StoredFacts> {
  const incident = await incidentForMember(ctx, actor);
  if (incidentId !== undefined) assertSameIncident(incident, incidentId, 'nothing was opened');
  const state = await ctx.deadlines.get(incident.id);
  const facts = state?.facts ?? initialFacts(incident, ctx.settings.profile);
  return { incident, facts, version: state?.version ?? 0, fingerprint: factsFingerprint(facts), now: ctx.now() };
}

/**
 * The stored facts of an incident by its id, with no membership check: what a submitted facts form is read
 * against before it is acknowledged (its errors must come back within Slack's 3 seconds). Storing goes through
 * `updateFacts`, which checks the person is a member; null when there is no such incident.
 */
export async function factsOfIncident(
  ctx: FlowContext,
  incidentId: string,
): Promise<{ facts: Facts; fingerprint: string } | null> {
  const incident = await ctx.incidents.get(incidentId);
  if (!incident) return null;
  const state = await ctx.deadlines.get(incident.id);
  const facts = state?.facts ?? initialFacts(incident, ctx.settings.profile);
  return { facts, fingerprint: factsFingerprint(facts) };
}
