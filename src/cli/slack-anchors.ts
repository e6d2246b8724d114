import { WebClient } from '@slack/web-api';
import { type Anchor, anchorsIn } from '../domain/timeline/anchor';

/**
 * The anchors of an incident as Slack holds them, read for `breachbot verify` with the bot's token: every
 * message of the channel's history the bot itself posted whose metadata is a well-formed anchor of this
 * incident (src/domain/timeline/anchor.ts). Throws with Slack's error code when the history cannot be read.
 */
export async function readSlackAnchors(
  settings: { token: string; apiUrl?: string | undefined },
  channelId: string,
  incidentId: string,
): Promise<Anchor[]> {
  const client = new WebClient(settings.token, {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 2000 },
  });
  const botId = (await client.auth.test()).bot_id ?? '';
  const anchors: Anchor[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 500; page += 1) {
    const history = await client.conversations.history({
      channel: channelId,
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    anchors.push(...anchorsIn(history.messages ?? [], incidentId, botId));
    cursor = history.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return anchors;
}
