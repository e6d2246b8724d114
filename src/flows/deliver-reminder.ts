import { LogLevel, WebClient } from '@slack/web-api';
import type { Env } from '../runtime/env';
import type { IncidentStore } from '../store/incident-store';
import type { DeadlineStore } from '../store/deadline-store';
import type { DeliveryLedger } from '../store/delivery-ledger';
import { nextEscalation, type PlannedReminder } from '../domain/reminders/reminder-plan';
import type { TimelineStore } from '../store/timeline-store';
import type { BotLog } from '../slack/bot-services';
import { REMINDER_EVENT_TYPE, reminderMessage } from '../slack/messages/reminder-message';
import { regimeLabel } from '../slack/messages/obligations-message';

export type DeliveryOutcome =
  | { outcome: 'posted'; ts: string }
  | { outcome: 'already_posted'; ts: string | null }
  | { outcome: 'dropped'; reason: 'incident_closed' | 'incident_missing' | 'obligation_gone' | 'obligation_done' | 'due_moved' };

export interface DeliveryResult {
  outcome: DeliveryOutcome;
  /** The escalation to schedule after this one (for an overdue reminder that was posted). */
  next: PlannedReminder | null;
}

/** Slack refused the post for a reason retrying will not cure (channel gone, bot removed, bad token). */
export class PermanentDeliveryError extends Error {
  constructor(readonly slackError: string) {
    super(`Slack refused the reminder: ${slackError}`);
    this.name = 'PermanentDeliveryError';
  }
}

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
  'restricted_action',
]);
/** Slack's own words: "it's possible some aspect of the operation succeeded". */
const UNCLEAR_PLATFORM_ERRORS = new Set(['fatal_error', 'internal_error', 'request_timeout', 'service_unavailable']);

export interface ReminderDeliveryDeps {
  incidents: IncidentStore;
  deadlines: DeadlineStore;
  ledger: DeliveryLedger;
  timeline: TimelineStore;
  client: WebClient;
  log: BotLog;
  now: () => Date;
}

/**
 * The Web API client reminders post with. It never retries on its own: a retry is a new job attempt, which
 * first checks whether the earlier one posted (a 5xx or a timeout can hide a message that went out).
 */
export function reminderWebClient(env: Pick<Env, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>): WebClient {
  return new WebClient(env.SLACK_BOT_TOKEN, {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    // Failures are logged by the worker as ids and codes; the client's own warnings would repeat them.
    logLevel: LogLevel.ERROR,
  });
}

/**
 * Posts one reminder, at most once, and only while it is still true: the incident open, the obligation still
 * listed, not done, and still due at the time the reminder was planned for. Knows nothing of the queue; the
 * worker calls it and retries what it throws.
 */
export class ReminderDelivery {
  constructor(private readonly deps: ReminderDeliveryDeps) {}

  async deliver(r: PlannedReminder, attempt: number): Promise<DeliveryResult> {
    const { incidents, deadlines, ledger, client, log } = this.deps;
    const incident = await incidents.get(r.incidentId);
    if (!incident) return dropped('incident_missing');
    if (incident.status !== 'open') return dropped('incident_closed');
    const state = await deadlines.get(r.incidentId);
    const o = state?.obligations.find((x) => x.id === r.obligationId);
    if (!o || !o.current) return dropped('obligation_gone');
    if (o.doneAt !== null) return dropped('obligation_done');
    if (o.dueAt === null || Date.parse(o.dueAt) !== Date.parse(r.dueAt)) return dropped('due_moved');
    const clock = { openedAt: incident.openedAt, speed: incident.drillSpeed };
    const next = r.kind === 'overdue' ? nextEscalation(r.incidentId, o, r.n ?? 1, clock, this.deps.now()) : null;

    const previous = await ledger.beginPosting(r.incidentId, r.id, attempt, this.deps.now());
    if (previous?.state === 'posted') return { outcome: { outcome: 'already_posted', ts: previous.ts }, next };
    if (previous?.state === 'posting') {
      // An earlier attempt stopped without recording the outcome: the channel says whether it posted.
      const ts = await this.findPosted(incident.channelId, r.id, Date.parse(previous.since));
      if (ts) {
        await ledger.markPosted(r.incidentId, r.id, ts, this.deps.now());
        await this.record(r, ts, o.regime);
        log.info('reminder_found_posted', { incident: r.incidentId, reminder: r.id });
        return { outcome: { outcome: 'already_posted', ts }, next };
      }
    }

    const message = reminderMessage(incident, o, r, this.deps.now());
    let ts: string;
    try {
      const posted = await client.chat.postMessage({
        channel: incident.channelId,
        text: message.text,
        blocks: message.blocks,
        metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { reminder_id: r.id, incident_id: r.incidentId } },
        unfurl_links: false,
      });
      ts = posted.ts ?? '';
    } catch (error) {
      const code = (error as { code?: string }).code;
      const slackError = (error as { data?: { error?: string } }).data?.error ?? '';
      const certainlyNotPosted =
        code === 'slack_webapi_rate_limited_error' || (code === 'slack_webapi_platform_error' && !UNCLEAR_PLATFORM_ERRORS.has(slackError));
      if (certainlyNotPosted) await ledger.release(r.incidentId, r.id);
      log.warn('reminder_post_failed', { incident: r.incidentId, reminder: r.id, attempt, error: code ?? 'unknown', slack: slackError || undefined });
      if (code === 'slack_webapi_platform_error' && PERMANENT.has(slackError)) throw new PermanentDeliveryError(slackError);
      throw error;
    }
    await ledger.markPosted(r.incidentId, r.id, ts, this.deps.now());
    await this.record(r, ts, o.regime);
    log.info('reminder_posted', { incident: r.incidentId, reminder: r.id, kind: r.kind });
    return { outcome: { outcome: 'posted', ts }, next };
  }

  private async record(r: PlannedReminder, ts: string, regime: string): Promise<void> {
    const what = r.kind === 'before' ? `${Math.round((r.leadMs ?? 0) / 60_000)} minutes before` : r.kind === 'due' ? 'at the due time' : `overdue escalation ${r.n ?? 1}`;
    await this.deps.timeline.append(r.incidentId, {
      kind: 'reminder_sent',
      actor: 'breachbot',
      at: this.deps.now().toISOString(),
      summary: `Reminder posted for ${regimeLabel(regime)} ${r.obligationId} (${what}; due ${r.dueAt})`,
      data: { reminderId: r.id, obligationId: r.obligationId, kind: r.kind, dueAt: r.dueAt, ts },
      dedupeKey: `reminder:${r.id}`,
    });
  }

  /** The ts of the channel message carrying this reminder id in its metadata, looking back from `since`. */
  private async findPosted(channel: string, reminderId: string, sinceMs: number): Promise<string | null> {
    let cursor: string | undefined;
    for (let page = 0; page < 20; page += 1) {
      const history = await this.deps.client.conversations.history({
        channel,
        oldest: String(Math.floor((sinceMs - 120_000) / 1000)),
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      for (const m of history.messages ?? []) {
        const meta = (m as { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }).metadata;
        if (meta?.event_type === REMINDER_EVENT_TYPE && meta.event_payload?.reminder_id === reminderId) return m.ts ?? '';
      }
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!cursor) return null;
    }
    return null;
  }
}

function dropped(reason: Extract<DeliveryOutcome, { outcome: 'dropped' }>['reason']): DeliveryResult {
  return { outcome: { outcome: 'dropped', reason }, next: null };
}
