import type { WebClient } from '@slack/web-api';
import type { RecordedMessage } from '../domain/timeline/decision-entry';

/**
 * Reads one message of a channel as the bot sees it now: conversations.history finds a top-level message
 * (latest = its ts, inclusive, limit 1); a reply in a thread is not in the history, so
 * conversations.replies is asked next. Null when neither has it (deleted, or the bot cannot read it).
 */
export async function fetchMessage(client: WebClient, channelId: string, ts: string): Promise<RecordedMessage | null> {
  const history = await client.conversations.history({ channel: channelId, latest: ts, inclusive: true, limit: 1 });
  let found = history.messages?.find((m) => m.ts === ts);
  if (!found) found = await findReply(client, channelId, ts);
  if (!found) return null;
  return {
    channelId,
    ts,
    author: found.user ?? found.bot_id ?? 'unknown',
    text: found.text ?? '',
    permalink: await permalinkOf(client, channelId, ts),
  };
}

/**
 * A reply in a thread. Slack answers conversations.replies with the thread's parent first whatever the
 * range, so the reply is looked for in the pages (from its own ts on), never assumed to be the first.
 */
async function findReply(client: WebClient, channelId: string, ts: string) {
  let cursor: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const replies = await client.conversations
      .replies({ channel: channelId, ts, oldest: ts, inclusive: true, limit: 200, ...(cursor ? { cursor } : {}) })
      .catch(() => null);
    const found = replies?.messages?.find((m) => m.ts === ts);
    if (found) return found;
    cursor = replies?.response_metadata?.next_cursor || undefined;
    if (!cursor) return undefined;
  }
  return undefined;
}

/** The message's link, or null when Slack will not give one: the record is still worth keeping without it. */
export async function permalinkOf(client: WebClient, channelId: string, ts: string): Promise<string | null> {
  const result = await client.chat.getPermalink({ channel: channelId, message_ts: ts }).catch(() => null);
  return result?.permalink ?? null;
}
