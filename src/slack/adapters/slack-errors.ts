import { ErrorCode } from '@slack/web-api';

/** Slack's `error` string of a failed call (`channel_not_found`, `name_taken` …), or `request_failed`. */
export function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : 'request_failed';
}

/** Slack answered `ok: false`: a definite refusal, nothing done. */
export function isPlatformError(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === ErrorCode.PlatformError;
}

/** Slack answered 429 and the client was told not to wait: nothing done, try after `retryAfter` seconds. */
export function isRateLimited(error: unknown): error is { retryAfter: number } {
  return (error as { code?: unknown } | undefined)?.code === ErrorCode.RateLimitedError;
}
