import { type Logger, LogLevel, type WebClient } from '@slack/web-api';
import type { Incident } from '../../domain/incidents/incident';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import type { DigestItem, DigestKind } from '../../domain/reminders/reminder-digest';
import {
  type DigestPost,
  PostFailure,
  type RegisterRefreshPort,
  type ReminderPostPort,
} from '../../flows/ports/reminder-post';
import type { Env } from '../../runtime/env';
import { type BotLog, libraryLogger } from '../../runtime/log';
import { type BotMetrics, noMetrics } from '../../runtime/metrics';
import { COMPACT_BUDGET, MESSAGE_BUDGET } from '../messages/budget';
import { registerMessage } from '../messages/register-message';
import { digestMessage, REMINDER_EVENT_TYPE, splitDigestRendered } from '../messages/reminder-message';

type DigestMessage = ReturnType<typeof digestMessage>;

import { MeteredWebClient } from './metered-web-client';
import { isPlatformError, isRateLimited, SHORTER_FORM_CURES, slackErrorCode } from './slack-errors';

/** Slack refused for a reason retrying will not cure (channel gone, bot removed, bad token, bad blocks). */
const PERMANENT = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'no_permission',
  'missing_scope',
  'invalid_blocks',
  'msg_too_long',
  'msg_blocks_too_long',
  'restricted_action',
]);
/** Slack's own words for these: "it's possible some aspect of the operation succeeded". */
const UNCLEAR = new Set(['fatal_error', 'internal_error', 'request_timeout', 'service_unavailable']);

/**
 * The Web API client reminders post with. It never retries on its own: a retry is a new job attempt, which
 * first checks whether the earlier one posted (a 5xx or a timeout can hide a message that went out).
 */
export function reminderWebClient(
  env: Pick<Env, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>,
  metrics: BotMetrics = noMetrics,
  log?: BotLog,
): WebClient {
  return new MeteredWebClient(metrics, env.SLACK_BOT_TOKEN, {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    // Failures are logged by the worker as ids and codes; the client's own warnings would repeat them.
    logLevel: LogLevel.ERROR,
    ...(log ? { logger: libraryLogger(log, 'web-api') as unknown as Logger } : {}),
  });
}

/** Reminder digests into the incident channel, each message carrying its id in the message metadata. */
export class SlackReminderPoster implements ReminderPostPort, RegisterRefreshPort {
  constructor(private readonly client: WebClient) {}

  /**
   * The message `split` rendered for a digest that fits one, by the digest's first item (the items are made
   * afresh for each attempt, so an entry lives as long as that attempt): posted as it is when the post is that
   * whole digest, the same items, rather than rendered a second time.
   */
  private readonly rendered = new WeakMap<DigestItem, { items: readonly DigestItem[]; message: DigestMessage }>();

  split(incident: Incident, kind: DigestKind, items: readonly DigestItem[], now: Date): string[][] {
    const { parts, whole } = splitDigestRendered(incident, kind, items, now);
    if (whole && items[0]) this.rendered.set(items[0], { items, message: whole });
    return parts;
  }

  async postDigest(incident: Incident, post: DigestPost, now: Date): Promise<string> {
    const message = this.renderedFor(post) ?? digestMessage(incident, post, now);
    try {
      const posted = await this.client.chat.postMessage({
        channel: incident.channelId,
        text: message.text,
        blocks: message.blocks,
        metadata: {
          event_type: REMINDER_EVENT_TYPE,
          event_payload: {
            reminder_id: post.id,
            incident_id: incident.id,
            digest_id: post.digestId,
            reminders: post.items.length,
          },
        },
        unfurl_links: false,
      });
      return posted.ts ?? '';
    } catch (error) {
      if (isRateLimited(error)) throw new PostFailure('rate_limited', true, false, error.retryAfter);
      if (isPlatformError(error)) {
        const code = slackErrorCode(error);
        throw new PostFailure(code, !UNCLEAR.has(code), PERMANENT.has(code));
      }
      // A timeout, a 5xx, a dropped connection: the message may have gone out.
      throw new PostFailure((error as { code?: string }).code ?? 'request_failed', false, false);
    }
  }

  async refreshRegister(incident: Incident, records: readonly ObligationRecord[], now: Date): Promise<void> {
    const ts = incident.registerMessageTs;
    if (!ts) return;
    const update = (limits: typeof MESSAGE_BUDGET) =>
      this.client.chat.update({ channel: incident.channelId, ts, ...registerMessage(incident, records, now, limits) });
    try {
      await update(MESSAGE_BUDGET);
    } catch (error) {
      // As the bot's own register update (SlackChat.refreshRegister): once more in the shorter form if Slack
      // refused it for its size.
      if (!isPlatformError(error) || !SHORTER_FORM_CURES.has(slackErrorCode(error))) throw error;
      await update(COMPACT_BUDGET);
    }
  }

  private renderedFor(post: DigestPost): DigestMessage | null {
    const first = post.items[0];
    const cached = first ? this.rendered.get(first) : undefined;
    if (!cached || post.parts !== 1 || post.part !== 0) return null;
    const same = cached.items.length === post.items.length && cached.items.every((item, i) => item === post.items[i]);
    return same ? cached.message : null;
  }

  async findReminderPost(channelId: string, reminderId: string, sinceMs: number): Promise<string | null> {
    let cursor: string | undefined;
    for (let page = 0; page < 20; page += 1) {
      const history = await this.client.conversations.history({
        channel: channelId,
        oldest: String(Math.floor((sinceMs - 120_000) / 1000)),
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      for (const m of history.messages ?? []) {
        const meta = (m as { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }).metadata;
        if (meta?.event_type === REMINDER_EVENT_TYPE && meta.event_payload?.reminder_id === reminderId)
          return m.ts ?? '';
      }
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!cursor) return null;
    }
    return null;
  }
}
