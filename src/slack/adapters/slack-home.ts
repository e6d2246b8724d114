import type { WebClient } from '@slack/web-api';
import type { HomeOverview } from '../../domain/incidents/home-overview';
import type { HomePort } from '../../flows/ports/home';
import { homeView } from '../messages/home-view';

/** How long a user group's members are reused: a Home opened twice in a minute asks Slack once. */
const GROUP_CACHE_MS = 60_000;
/** Pages read at most per listing (200 a page): far more channels than anyone is in. */
const MAX_PAGES = 50;

/** The Home tab over Slack's Web API. */
export class SlackHome implements HomePort {
  private readonly groups = new Map<string, { members: Set<string>; at: number }>();

  constructor(private readonly client: WebClient) {}

  /**
   * users.conversations with `user`: for a bot token, the private channels where the bot and that person are
   * both members, which is exactly the incident channels they can see (needs groups:read).
   */
  async channelsOf(userId: string): Promise<ReadonlySet<string>> {
    const channels = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const listed = await this.client.users.conversations({
        user: userId,
        types: 'private_channel',
        exclude_archived: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      for (const channel of listed.channels ?? []) if (channel.id) channels.add(channel.id);
      cursor = listed.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return channels;
  }

  async channelMembers(channelId: string): Promise<ReadonlySet<string>> {
    const members = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const listed = await this.client.conversations.members({
        channel: channelId,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      });
      for (const member of listed.members ?? []) members.add(member);
      cursor = listed.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return members;
  }

  async groupMembers(groupId: string): Promise<ReadonlySet<string>> {
    const cached = this.groups.get(groupId);
    if (cached && Date.now() - cached.at < GROUP_CACHE_MS) return cached.members;
    const listed = await this.client.usergroups.users.list({ usergroup: groupId });
    const members = new Set(listed.users ?? []);
    this.groups.set(groupId, { members, at: Date.now() });
    return members;
  }

  async publish(home: HomeOverview): Promise<void> {
    await this.client.views.publish({ user_id: home.viewerId, view: homeView(home) });
  }
}
