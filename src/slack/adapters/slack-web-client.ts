import { LogLevel, type WebAPICallResult, type WebClientOptions } from '@slack/web-api';
import type { BotMetrics } from '../../runtime/metrics';
import { MeteredWebClient } from './metered-web-client';
import { isRateLimited, mayHaveTakenEffect } from './slack-errors';

/** How the bot calls Slack (SLACK_CALL_TIMEOUT_MS, SLACK_RETRIES, SLACK_RATE_LIMIT_WAIT_MS). */
export interface SlackCallSettings {
  /** Every call gives up after this long (a hung call must not hold an act forever). */
  timeoutMs: number;
  /** Tries after the first, for calls that are safe to repeat only, on a 5xx, a timeout or a dropped connection. */
  retries: number;
  /** The longest a call waits out 429s for its method and channel before it fails. */
  rateLimitWaitMs: number;
}

/**
 * Calls that may be repeated after an unclear failure (5xx, timeout): reads, and writes whose second run
 * changes nothing. conversations.create and chat.postMessage are not here: the acts check for their effect
 * (by the reserved name, by the message metadata) before they repeat them.
 */
const SAFE_TO_REPEAT: ReadonlySet<string> = new Set([
  'auth.test',
  'conversations.history',
  'conversations.info',
  'conversations.list',
  'conversations.members',
  'conversations.replies',
  'conversations.invite',
  'conversations.setTopic',
  'chat.getPermalink',
  'chat.update',
  'pins.add',
  'reactions.add',
  'users.info',
  'users.list',
  'usergroups.users.list',
  'files.info',
  // A second delete of a deleted file answers file_deleted, which the caller takes as done.
  'files.delete',
]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Web API client the acts use. Slack rate-limits per method and per channel (its tiers), so a 429 blocks
 * only that (method, channel) pair for its Retry-After: the client's own handling would pause its one queue,
 * stalling every other channel's command behind one channel's limit. The client is told to reject 429s
 * (`rejectRateLimitedCalls`) and never to retry on its own; this class waits and retries instead, by kind.
 */
export class PacedWebClient extends MeteredWebClient {
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    metrics: BotMetrics,
    token: string,
    options: WebClientOptions,
    private readonly callSettings: SlackCallSettings,
  ) {
    // Counted like every other client (each attempt, by method and outcome).
    super(metrics, token, {
      logLevel: LogLevel.ERROR,
      ...options,
      timeout: callSettings.timeoutMs,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
  }

  override async apiCall(method: string, options: Record<string, unknown> = {}): Promise<WebAPICallResult> {
    const key = `${method} ${channelArg(options)}`;
    const giveUpAt = Date.now() + this.callSettings.rateLimitWaitMs;
    let failures = 0;
    for (;;) {
      const wait = (this.blockedUntil.get(key) ?? 0) - Date.now();
      if (wait > 0) {
        if (Date.now() + wait > giveUpAt) throw rateLimitedError(Math.ceil(wait / 1000));
        await sleep(wait);
      }
      try {
        return await super.apiCall(method, options);
      } catch (error) {
        if (isRateLimited(error)) {
          // Nothing happened: Slack refused before acting. Wait for this pair only, then try again.
          const until = Date.now() + error.retryAfter * 1000;
          this.blockedUntil.set(key, Math.max(until, this.blockedUntil.get(key) ?? 0));
          if (until > giveUpAt) throw error;
          continue;
        }
        // No clear answer: another try may cure it, and repeating this method is safe whatever happened.
        if (failures < this.callSettings.retries && SAFE_TO_REPEAT.has(method) && mayHaveTakenEffect(error)) {
          failures += 1;
          await sleep(200 * 2 ** (failures - 1));
          continue;
        }
        throw error;
      } finally {
        this.forgetPast();
      }
    }
  }

  private forgetPast(): void {
    if (this.blockedUntil.size < 100) return;
    const now = Date.now();
    for (const [key, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(key);
  }
}

function channelArg(options: Record<string, unknown>): string {
  const channel = options.channel ?? options.channel_id;
  return typeof channel === 'string' ? channel : '';
}

function rateLimitedError(retryAfter: number): Error {
  return Object.assign(new Error('rate limited: waiting would exceed SLACK_RATE_LIMIT_WAIT_MS'), {
    code: 'slack_webapi_rate_limited_error',
    retryAfter,
  });
}
