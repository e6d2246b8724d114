import type { MessageMetadata, WebClient } from '@slack/web-api';
import type { Incident } from '../../domain/incidents/incident';
import { ANCHOR_EVENT_TYPE, type Anchor, anchorSchema } from '../../domain/timeline/anchor';

/** The metadata every anchor (and every summary message) carries. */
export function anchorMetadata(anchor: Anchor): MessageMetadata {
  return { event_type: ANCHOR_EVENT_TYPE, event_payload: { ...anchor } };
}

/** The anchor message: what it is for in words, the chain's state in its metadata. */
export function anchorMessage(incident: Pick<Incident, 'id' | 'drill'>, anchor: Anchor) {
  return {
    text:
      `${incident.drill ? '[DRILL] ' : ''}:link: Timeline anchor for ${incident.id}: ${anchor.length} entries, last hash \`${anchor.head_hash.slice(0, 16)}…\`. ` +
      `breachbot keeps this message current so that \`breachbot verify ${incident.id}\` can check the record kept in Redis against it. Please do not delete it.`,
    metadata: anchorMetadata(anchor),
  };
}

/**
 * Every anchor of the incident in the channel's history (include_all_metadata), from messages the bot itself
 * posted: another app's metadata cannot pose as an anchor. Pages through the whole history.
 */
export async function readAnchorsFromHistory(
  client: WebClient,
  incident: Pick<Incident, 'id' | 'channelId'>,
  botId: string,
): Promise<Anchor[]> {
  const anchors: Anchor[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page += 1) {
    const history = await client.conversations.history({
      channel: incident.channelId,
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    anchors.push(...anchorsIn(history.messages ?? [], incident.id, botId));
    cursor = history.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return anchors;
}

/** The anchors among messages: the bot's own, with well-formed metadata naming this incident. */
export function anchorsIn(messages: readonly unknown[], incidentId: string, botId: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const message of messages as {
    bot_id?: string;
    metadata?: { event_type?: string; event_payload?: unknown };
  }[]) {
    const meta = message.metadata;
    if (meta?.event_type !== ANCHOR_EVENT_TYPE) continue;
    if (botId && message.bot_id !== botId) continue;
    const parsed = anchorSchema.safeParse(meta.event_payload);
    if (parsed.success && parsed.data.incident_id === incidentId) anchors.push(parsed.data);
  }
  return anchors;
}
