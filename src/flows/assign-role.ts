import { type Incident, ROLE_LABELS, type Role } from '../domain/incidents/incident';
import { withRole } from '../domain/incidents/incident-lifecycle';
import { Refusal } from '../domain/refusals';
import { announceStored } from './announce-stored';
import { assertMayAct } from './authority-gate';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { type NotPosted, postAfterStore } from './post-after-store';

/**
 * `/incident role <role> <@user>`: stored on the incident record and the timeline in one write (refused
 * inside it once the incident is closed), then the pinned header is re-rendered and the channel told.
 * Someone given a role who is not in the private channel is invited: a role holder who cannot see the
 * channel cannot do the job. Only the commander (or the opener while none is set, or an admin) assigns roles
 * and brings outsiders in (src/domain/incidents/authority.ts).
 */
export async function assignRole(
  ctx: FlowContext,
  actor: Actor,
  role: Role,
  userId: string,
): Promise<{ incident: Incident; changed: boolean; notPosted: NotPosted[] }> {
  const found = await incidentForMember(ctx, actor);
  if (userId === ctx.settings.botUserId) {
    throw new Refusal('bot_cannot_hold_role', 'breachbot cannot hold an incident role; name a person.');
  }
  await assertMayAct(ctx, found, actor, 'assign_role');
  const inChannel = await ctx.chat.isMember(found.channelId, userId);
  if (!inChannel) await assertMayAct(ctx, found, actor, 'invite_outsider');
  // Record and timeline entry in one write (TimelineStore.appendWithRecord): a crash never leaves a role
  // given without the entry that says who gave it.
  const {
    incident,
    detail: previous,
    entry,
  } = await ctx.timeline.appendWithRecord(found.id, (current) => {
    const result = withRole(current, role, userId);
    if (result.previous === userId) return { next: current, entry: null, detail: result.previous };
    return {
      next: result.next,
      entry: {
        kind: 'role_assigned',
        actor: actor.userId,
        at: ctx.now().toISOString(),
        summary: `${ROLE_LABELS[role]}: ${userId}${result.previous ? ` (was ${result.previous})` : ''}`,
        data: { role, userId, previous: result.previous },
      },
      detail: result.previous,
    };
  });
  ctx.log.info('role_assigned', { incident: incident.id, role });
  // The role is stored from here on: Slack failing to invite, re-render or announce is reported, not thrown.
  let inviteFailures: { user: string; error: string }[] = [];
  const invited = await postAfterStore(ctx, incident, 'announcement', async () => {
    inviteFailures = inChannel ? [] : await ctx.chat.invite(incident.channelId, [userId]);
  });
  if (invited) inviteFailures = [{ user: userId, error: invited.code }];
  // Someone brought into the channel now has the incident on their Home.
  if (!inChannel) ctx.home?.incidentChanged(incident.id);
  const header = await postAfterStore(ctx, incident, 'header', () => ctx.chat.refreshHeader(incident));
  // Given already (the command sent twice, or again after a crash): the invite and header above are made good,
  // and the channel, told when it was given, is not told again.
  if (!entry) return { incident, changed: false, notPosted: header ? [header] : [] };
  const announced = await announceStored(ctx, incident, {
    kind: 'role_assigned',
    role,
    userId,
    previous,
    by: actor.userId,
    ...(inviteFailures[0] ? { inviteError: inviteFailures[0].error } : {}),
  });
  const notPosted = [
    ...(header ? [header] : []),
    ...(announced.posted ? [] : [{ what: 'announcement' as const, code: announced.code }]),
  ];
  return { incident, changed: true, notPosted };
}
