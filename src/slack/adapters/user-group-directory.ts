import type { WebClient } from '@slack/web-api';

/** A workspace user group as a person picks it: `@legal` (Legal team). */
export interface UserGroupEntry {
  id: string;
  handle: string;
  name: string;
}

/** How long one usergroups.list answer serves searches: a person types a few letters a second. */
const CACHE_MS = 60_000;
/** Slack shows at most 100 options in an external select. */
const MAX_OPTIONS = 100;

/**
 * The workspace's user groups, for the declare modal's "Bring in user groups" search. usergroups.list (Tier 2,
 * 20 a minute) is asked once a minute at most, not per keystroke; a search matches the handle or the name
 * anywhere, case aside. Disabled groups are left out: they have no members to invite.
 */
export class UserGroupDirectory {
  private cached: { at: number; groups: Promise<UserGroupEntry[]> } | null = null;

  constructor(
    private readonly client: WebClient,
    private readonly now: () => number = Date.now,
  ) {}

  async search(query: string): Promise<UserGroupEntry[]> {
    const q = query.trim().replace(/^@/, '').toLowerCase();
    const groups = await this.all();
    return groups
      .filter((g) => !q || g.handle.toLowerCase().includes(q) || g.name.toLowerCase().includes(q))
      .slice(0, MAX_OPTIONS);
  }

  private all(): Promise<UserGroupEntry[]> {
    if (this.cached && this.now() - this.cached.at < CACHE_MS) return this.cached.groups;
    const groups = this.client.usergroups.list({ include_disabled: false }).then((res) =>
      (res.usergroups ?? [])
        .filter((g) => typeof g.id === 'string' && !g.date_delete)
        .map((g) => ({ id: g.id as string, handle: g.handle ?? '', name: g.name ?? g.handle ?? (g.id as string) }))
        .sort((a, b) => a.handle.localeCompare(b.handle)),
    );
    this.cached = { at: this.now(), groups };
    // A failed list is not kept: the next keystroke asks again.
    groups.catch(() => {
      if (this.cached?.groups === groups) this.cached = null;
    });
    return groups;
  }
}
