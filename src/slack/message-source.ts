import type { WebClient } from '@slack/web-api';
import type { RecordedMessage } from '../decisions/decision-entry';

/**
 * Reads one message of a channel as the bot sees it now: conversations.history finds a top-level message
 * (latest = its ts, inclusive, limit 1); a reply in a thread is not in the history, so
 * conversations.replies is asked next. Null when neither has it (deleted, or the bot cannot read it).
 */
export async function fetchMessage(client: WebClient, channelId: string, ts: string): Promise<RecordedMessage | null> {
  const history = await client.conversations.history({ channel: channelId, latest: ts, inclusive: true, limit: 1 });
  let found = history.messages?.find((m) => m.ts === ts);
  if (!found) {
    const replies = await client.conversations.replies({ channel: channelId, ts, latest: ts, inclusive: true, limit: 1 }).catch(() => null);
    found = replies?.messages?.find((m) => m.ts === ts);
  }
  if (!found) return null;
  return {
    channelId,
    ts,
    author: found.user ?? found.bot_id ?? 'unknown',
    text: found.text ?? '',
    permalink: await permalinkOf(client, channelId, ts),
  };
}

/** The message's link, or null when Slack will not give one: the record is still worth keeping without it. */
export async function permalinkOf(client: WebClient, channelId: string, ts: string): Promise<string | null> {
  const result = await client.chat.getPermalink({ channel: channelId, message_ts: ts }).catch(() => null);
  return result?.permalink ?? null;
}
