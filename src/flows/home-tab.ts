import {
  byUrgency,
  type HomeOverview,
  type IncidentOverview,
  incidentOverview,
} from '../domain/incidents/home-overview';
import type { Incident } from '../domain/incidents/incident';
import type { BotLog } from '../runtime/log';
import type { DeadlineStore } from '../store/deadline-store';
import type { HomeViewers } from '../store/home-viewers';
import type { IncidentStore } from '../store/incident-store';
import type { HomePort } from './ports/home';

/** What the Home tab's acts use: the records, who looked lately, the platform, LEGAL_USERGROUP. */
export interface HomeDeps {
  incidents: IncidentStore;
  deadlines: DeadlineStore;
  viewers: HomeViewers;
  port: HomePort;
  /** LEGAL_USERGROUP: its members see every open incident's clocks. */
  legalGroup?: string;
  now: () => Date;
  log: BotLog;
}

/**
 * Publishes the person's Home: the open incidents whose channel they are in (for the legal group, every open
 * incident), most urgent first, with their clocks. `opened`: they are looking now (app_home_opened), so their
 * Home is kept up to date for a while (`HomeViewers`).
 *
 * Membership comes from one `users.conversations` listing of the person's private channels the bot shares
 * (a page per 200 channels), not one `conversations.members` call per open incident: with 100+ incidents
 * open that would be 100+ calls for every look at the tab, each against a per-minute rate limit.
 */
export async function publishHome(
  deps: HomeDeps,
  viewerId: string,
  options: { opened: boolean },
): Promise<{ shown: number; legal: boolean }> {
  const now = deps.now();
  if (options.opened) await deps.viewers.opened(viewerId, now);
  const [open, legal] = await Promise.all([deps.incidents.openIncidents(), isLegal(deps, viewerId)]);
  let visible: Incident[] = open;
  if (!legal && open.length > 0) {
    const channels = await deps.port.channelsOf(viewerId);
    visible = open.filter((incident) => channels.has(incident.channelId));
  }
  const incidents = await overviews(deps, visible, now);
  const home: HomeOverview = { viewerId, legal, incidents, now };
  await deps.port.publish(home);
  deps.log.info('home_published', { incidents: incidents.length, legal, opened: options.opened });
  return { shown: incidents.length, legal };
}

/**
 * After a change to one incident: the people who looked at their Home lately and would see that incident on
 * it (in its channel now, or in the legal group). Everyone else's Home does not show it.
 */
export async function homeViewersOf(deps: HomeDeps, incidentId: string): Promise<string[]> {
  const recent = await deps.viewers.recent(deps.now());
  if (recent.length === 0) return [];
  const incident = await deps.incidents.get(incidentId);
  if (!incident) return [];
  const [members, legal] = await Promise.all([
    deps.port.channelMembers(incident.channelId).catch((error: unknown) => {
      deps.log.warn('home_members_unread', { incident: incidentId, err: error });
      return new Set<string>();
    }),
    legalMembers(deps),
  ]);
  return recent.filter((userId) => members.has(userId) || legal.has(userId));
}

async function overviews(deps: HomeDeps, incidents: readonly Incident[], now: Date): Promise<IncidentOverview[]> {
  const states = await Promise.all(incidents.map((incident) => deps.deadlines.get(incident.id)));
  return incidents.map((incident, i) => incidentOverview(incident, states[i]?.obligations ?? [], now)).sort(byUrgency);
}

async function isLegal(deps: HomeDeps, userId: string): Promise<boolean> {
  return (await legalMembers(deps)).has(userId);
}

/** LEGAL_USERGROUP's members; none when it is not set or cannot be read (then each sees only their own). */
async function legalMembers(deps: HomeDeps): Promise<ReadonlySet<string>> {
  if (!deps.legalGroup) return new Set();
  try {
    return await deps.port.groupMembers(deps.legalGroup);
  } catch (error) {
    deps.log.warn('legal_group_unread', { err: error });
    return new Set();
  }
}
