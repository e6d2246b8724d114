import { type Incident, ROLE_LABELS, type Role } from '../domain/incidents/incident';
import { withRole } from '../domain/incidents/incident-lifecycle';
import { Refusal } from '../domain/refusals';
import { assertMayAct } from './authority-gate';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';

/**
 * `/incident role <role> <@user>`: stored on the incident record (refused inside the compare-and-set once the
 * incident is closed), then on the timeline, then the pinned header is re-rendered and the channel told.
 * Someone given a role who is not in the private channel is invited: a role holder who cannot see the
 * channel cannot do the job. Only the commander (or the opener while none is set, or an admin) assigns roles
 * and brings outsiders in (src/domain/incidents/authority.ts).
 */
export async function assignRole(ctx: FlowContext, actor: Actor, role: Role, userId: string): Promise<Incident> {
  const found = await incidentForMember(ctx, actor);
  if (userId === ctx.settings.botUserId) {
    throw new Refusal('bot_cannot_hold_role', 'breachbot cannot hold an incident role; name a person.');
  }
  await assertMayAct(ctx, found, actor, 'assign_role');
  const inChannel = await ctx.chat.isMember(found.channelId, userId);
  if (!inChannel) await assertMayAct(ctx, found, actor, 'invite_outsider');
  let previous: string | null = null;
  const incident = await ctx.incidents.update(found.id, (current) => {
    const result = withRole(current, role, userId);
    previous = result.previous;
    return result.next;
  });
  if (previous !== userId) {
    await ctx.timeline.append(incident.id, {
      kind: 'role_assigned',
      actor: actor.userId,
      at: ctx.now().toISOString(),
      summary: `${ROLE_LABELS[role]}: ${userId}${previous ? ` (was ${previous})` : ''}`,
      data: { role, userId, previous },
    });
  }
  ctx.log.info('role_assigned', { incident: incident.id, role });
  const inviteFailures = inChannel ? [] : await ctx.chat.invite(incident.channelId, [userId]);
  await ctx.chat.refreshHeader(incident);
  await ctx.chat.announce(incident, {
    kind: 'role_assigned',
    role,
    userId,
    previous,
    by: actor.userId,
    ...(inviteFailures[0] ? { inviteError: inviteFailures[0].error } : {}),
  });
  return incident;
}
