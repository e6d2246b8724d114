import type { WebClient } from '@slack/web-api';

/** Configured responders: user IDs as given, user-group IDs (S…) expanded to their current members. */
export async function expandResponders(client: WebClient, ids: string[]): Promise<string[]> {
  const users = new Set<string>();
  for (const id of ids) {
    if (id.startsWith('S')) {
      const group = await client.usergroups.users.list({ usergroup: id });
      for (const member of group.users ?? []) users.add(member);
    } else {
      users.add(id);
    }
  }
  return [...users];
}

/**
 * Invites everyone in one call; if Slack refuses the batch (one deactivated or external user fails the
 * whole call), invites one by one so the rest still get in, and returns who could not be invited.
 */
export async function inviteAll(client: WebClient, channelId: string, users: string[]): Promise<{ user: string; error: string }[]> {
  if (users.length === 0) return [];
  try {
    await client.conversations.invite({ channel: channelId, users: users.join(',') });
    return [];
  } catch {
    const failures: { user: string; error: string }[] = [];
    for (const user of users) {
      try {
        await client.conversations.invite({ channel: channelId, users: user });
      } catch (error) {
        const code = slackErrorCode(error);
        if (code !== 'already_in_channel') failures.push({ user, error: code });
      }
    }
    return failures;
  }
}

/** The `error` string of a Slack platform error (`channel_not_found`, …), or a generic word. */
export function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : 'request_failed';
}
