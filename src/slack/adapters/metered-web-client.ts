import { WebClient, WebClientEvent, type WebClientOptions } from '@slack/web-api';
import type { BotMetrics, SlackCallOutcome } from '../../runtime/metrics';

/**
 * The WebClient every part of the bot calls Slack with (Bolt's `app.client`, the reminder poster, the
 * start-up check): the one place Slack calls are counted, by method and outcome, and each 429 by method.
 * The method helpers (`client.chat.postMessage`) are bound to `apiCall` in the constructor, so overriding it
 * here sees every call.
 */
export class MeteredWebClient extends WebClient {
  constructor(
    private readonly metrics: BotMetrics,
    token?: string,
    options?: WebClientOptions,
  ) {
    super(token, options);
    this.on(WebClientEvent.RATE_LIMITED, (_seconds: number, request: { url?: string } | undefined) => {
      metrics.slackRateLimited(methodOfUrl(request?.url));
    });
  }

  override async apiCall(
    method: string,
    options?: Parameters<WebClient['apiCall']>[1],
  ): ReturnType<WebClient['apiCall']> {
    try {
      const result = await super.apiCall(method, options);
      this.metrics.slackCall(method, 'ok');
      return result;
    } catch (error) {
      this.metrics.slackCall(method, callOutcome(error));
      throw error;
    }
  }
}

/** The WebClient's error codes (ErrorCode in @slack/web-api) as a small, fixed set of label values. */
export function callOutcome(error: unknown): SlackCallOutcome {
  const e = error as { code?: unknown; original?: { code?: unknown } } | undefined;
  switch (e?.code) {
    case 'slack_webapi_platform_error':
      return 'slack_error';
    case 'slack_webapi_rate_limited_error':
      return 'rate_limited';
    case 'slack_webapi_http_error':
      return 'http_error';
    case 'slack_webapi_request_error':
      return e.original?.code === 'ECONNABORTED' || e.original?.code === 'ETIMEDOUT' ? 'timeout' : 'network';
    default:
      return 'other';
  }
}

/** `https://slack.com/api/chat.postMessage` or `chat.postMessage` → `chat.postMessage`. */
function methodOfUrl(url: string | undefined): string {
  if (!url) return 'unknown';
  const last = url.split('?')[0]?.split('/').pop();
  return last && /^[a-zA-Z.]+$/.test(last) ? last : 'unknown';
}
