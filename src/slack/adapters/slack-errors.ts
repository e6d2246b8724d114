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

/** Slack's words for a failure where "some aspect of the operation may have succeeded". */
const UNCLEAR: ReadonlySet<string> = new Set([
  'fatal_error',
  'internal_error',
  'request_timeout',
  'service_unavailable',
]);

/**
 * A failure with no clear answer: no answer in time, a dropped connection, a 5xx, or Slack's own "may have
 * succeeded". The call may have taken effect (or may yet: a request Slack is still working on). A 429 and any
 * other `ok: false` are refusals: nothing was done.
 */
export function mayHaveTakenEffect(error: unknown): boolean {
  if (isRateLimited(error)) return false;
  if (isPlatformError(error)) return UNCLEAR.has(slackErrorCode(error));
  return true;
}

/** A failed call in a word for logs and answers: Slack's error, `rate_limited`, `http_<status>` or the client's code. */
export function failureCode(error: unknown): string {
  if (isRateLimited(error)) return 'rate_limited';
  if (isPlatformError(error)) return slackErrorCode(error);
  const e = error as { code?: unknown; statusCode?: unknown } | undefined;
  if (e?.code === ErrorCode.HTTPError && typeof e.statusCode === 'number') return `http_${e.statusCode}`;
  return typeof e?.code === 'string' ? e.code : 'request_failed';
}

/** Slack refused a message for its size or shape: the same content in a shorter form may go through. */
export const SHORTER_FORM_CURES: ReadonlySet<string> = new Set([
  'invalid_blocks',
  'msg_blocks_too_long',
  'msg_too_long',
]);

/**
 * A failure as a person reads it: `timed out`, `rate limited`, `http_500`, or Slack's error code. The client
 * wraps a timeout as a request error whose original error says so.
 */
export function failureWord(error: unknown): string {
  const original = (error as { original?: { code?: unknown; message?: unknown } } | undefined)?.original;
  const timedOut =
    original?.code === 'ECONNABORTED' ||
    original?.code === 'ETIMEDOUT' ||
    (typeof original?.message === 'string' && /timeout/i.test(original.message));
  if (timedOut) return 'timed out';
  const code = failureCode(error);
  return code === 'rate_limited' ? 'rate limited' : code;
}
