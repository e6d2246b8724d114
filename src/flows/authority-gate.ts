import { authorise, type CommanderAct, holdsAuthority, openToMembers } from '../domain/incidents/authority';
import type { Incident } from '../domain/incidents/incident';
import type { Actor, FlowContext } from './context';

/**
 * The commander's acts (src/domain/incidents/authority.ts) checked against the incident as stored. Admin
 * user groups are expanded only when the person is not the holder, so the usual case costs no Slack call.
 */
export async function assertMayAct(ctx: FlowContext, incident: Incident, actor: Actor, act: CommanderAct) {
  const admins = ctx.settings.admins ?? [];
  const lifecycle = ctx.settings.lifecycleAuthority ?? 'commander';
  const isAdmin =
    !openToMembers(act, lifecycle) &&
    !holdsAuthority(incident, actor.userId) &&
    admins.length > 0 &&
    (admins.includes(actor.userId) || (await ctx.chat.expandResponders(admins)).includes(actor.userId));
  const refusal = authorise(incident, actor.userId, act, { isAdmin, hasAdmins: admins.length > 0 }, lifecycle);
  if (refusal) {
    ctx.log.info('act_not_authorised', { incident: incident.id, act });
    throw refusal;
  }
}
