import { Refusal } from '../refusals';
import type { Incident } from './incident';

/**
 * Who may do what in an incident (issue 10). The policy, in full:
 *
 * - Members of the incident channel may record decisions, facts and notices given, tick the checklist, pin
 *   messages and ask for status, deadlines and summaries. The legal role-holder is one of them: marking notices
 *   and recording facts are open to every member so that nobody waits on one person at 2 a.m.
 * - Acts that change who runs the incident, or end it, are the commander's: assigning any role (commander
 *   included), closing, reopening and changing severity. While no commander is set, the person who opened the
 *   incident holds that authority.
 * - Bringing someone from outside the private channel into it (a role given to a non-member invites them) is
 *   the commander's alone: a responder cannot widen who sees the breach.
 * - INCIDENT_ADMINS (user ids and/or user-group ids) may do all of the above in every incident, e.g. the
 *   security lead stepping in when a commander is unreachable.
 *
 * - LIFECYCLE_AUTHORITY=members (issue 12) lets any member of the channel close and reopen; the default,
 *   `commander`, keeps both with the commander (or the opener while none is set). Severity stays the
 *   commander's either way: it decides how deep the checklist goes.
 *
 * Every refusal names who can.
 */
export const COMMANDER_ACTS = ['assign_role', 'close', 'reopen', 'change_severity', 'invite_outsider'] as const;
export type CommanderAct = (typeof COMMANDER_ACTS)[number];

const ACT_WORDS: Record<CommanderAct, string> = {
  assign_role: 'assign roles',
  close: 'close the incident',
  reopen: 'reopen the incident',
  change_severity: 'change the severity',
  invite_outsider: 'bring someone from outside this channel into it',
};

/** Who may close and reopen (LIFECYCLE_AUTHORITY): the commander alone, or any member of the channel. */
export const LIFECYCLE_AUTHORITIES = ['commander', 'members'] as const;
export type LifecycleAuthority = (typeof LIFECYCLE_AUTHORITIES)[number];

/** The acts LIFECYCLE_AUTHORITY=members opens to every member. */
const LIFECYCLE_ACTS: ReadonlySet<CommanderAct> = new Set<CommanderAct>(['close', 'reopen']);

/** Whether the setting lets any member do the act (the caller has already checked membership). */
export function openToMembers(act: CommanderAct, lifecycle: LifecycleAuthority = 'commander'): boolean {
  return lifecycle === 'members' && LIFECYCLE_ACTS.has(act);
}

/** Who holds the commander's authority now: the commander, or the opener while no commander is set. */
export function authorityHolder(incident: Pick<Incident, 'roles' | 'openedBy'>): string {
  return incident.roles.commander ?? incident.openedBy;
}

/** Whether the person may do the act without being an admin (the caller asks about admins only if not). */
export function holdsAuthority(incident: Pick<Incident, 'roles' | 'openedBy'>, userId: string): boolean {
  return authorityHolder(incident) === userId;
}

/**
 * The decision: allowed for the holder and for admins; otherwise a refusal that says who can. `hasAdmins`
 * says whether INCIDENT_ADMINS is set, so the words do not point at admins who do not exist.
 */
export function authorise(
  incident: Pick<Incident, 'id' | 'roles' | 'openedBy'>,
  userId: string,
  act: CommanderAct,
  admin: { isAdmin: boolean; hasAdmins: boolean },
  lifecycle: LifecycleAuthority = 'commander',
): Refusal | null {
  if (openToMembers(act, lifecycle) || holdsAuthority(incident, userId) || admin.isAdmin) return null;
  const holder = authorityHolder(incident);
  const who = incident.roles.commander ? `the commander (<@${holder}>)` : `the person who opened it (<@${holder}>)`;
  const admins = admin.hasAdmins ? ' or an incident admin (INCIDENT_ADMINS)' : '';
  return new Refusal(
    'not_authorised',
    `Only ${who}${admins} can ${ACT_WORDS[act]} in ${incident.id}; nothing was changed. Ask them, or ask them to make you commander.`,
  );
}
