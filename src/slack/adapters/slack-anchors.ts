import type { WebClient } from '@slack/web-api';
import type { Incident } from '../../domain/incidents/incident';
import { type Anchor, anchorsIn } from '../../domain/timeline/anchor';
import type { AnchorPort } from '../../flows/ports/anchors';
import { anchorMessage } from '../messages/anchor-message';
import { slackErrorCode } from './slack-errors';

/** The message it updated is gone or no longer the bot's to edit: a new one is posted. */
const POST_ANEW = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);

/** The anchor message over Slack's Web API: chat.update in place, chat.postMessage for a new one. */
export class SlackAnchors implements AnchorPort {
  constructor(
    private readonly client: WebClient,
    private readonly botId: string,
  ) {}

  async publish(incident: Incident, anchor: Anchor, ts: string | null): Promise<string> {
    const message = anchorMessage(incident, anchor);
    if (ts) {
      try {
        await this.client.chat.update({ channel: incident.channelId, ts, ...message });
        return ts;
      } catch (error) {
        if (!POST_ANEW.has(slackErrorCode(error))) throw error;
      }
    }
    const posted = await this.client.chat.postMessage({ channel: incident.channelId, ...message });
    if (!posted.ts) throw new Error('chat.postMessage answered without a ts');
    return posted.ts;
  }

  async readAt(incident: Pick<Incident, 'id' | 'channelId'>, ts: string): Promise<Anchor | null> {
    const history = await this.client.conversations.history({
      channel: incident.channelId,
      latest: ts,
      inclusive: true,
      limit: 1,
      include_all_metadata: true,
    });
    const found = (history.messages ?? []).filter((m) => m.ts === ts);
    return anchorsIn(found, incident.id, this.botId)[0] ?? null;
  }

  /** The whole history, page by page (include_all_metadata): anchor messages and summary messages. */
  async read(incident: Pick<Incident, 'id' | 'channelId'>): Promise<Anchor[]> {
    const anchors: Anchor[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const history = await this.client.conversations.history({
        channel: incident.channelId,
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      anchors.push(...anchorsIn(history.messages ?? [], incident.id, this.botId));
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return anchors;
  }
}
