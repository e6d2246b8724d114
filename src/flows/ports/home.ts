import type { HomeOverview } from '../../domain/incidents/home-overview';

/**
 * What the acts tell the Home tabs: an incident's clocks or state changed (facts, notices, open, close).
 * Returns at once and never throws: the Homes are re-published later, debounced, after the act's own work
 * and its answer; a failure there is logged, never the act's.
 */
export interface HomeRefresh {
  incidentChanged(incidentId: string): void;
}

/** The chat platform as the Home tab needs it. Implemented over Slack's Web API in src/slack/adapters. */
export interface HomePort {
  /** Ids of the private channels both the bot and the person are in now. */
  channelsOf(userId: string): Promise<ReadonlySet<string>>;
  /** Who is in the channel now. */
  channelMembers(channelId: string): Promise<ReadonlySet<string>>;
  /** A user group's members (the adapter may cache them briefly). */
  groupMembers(groupId: string): Promise<ReadonlySet<string>>;
  /** Shows the person this Home (replacing the one shown). */
  publish(home: HomeOverview): Promise<void>;
}
