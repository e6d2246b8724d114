import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { verifySlackRequest } from '@slack/bolt';
import type { BotLog } from '../../runtime/log';
import { capUnreadBody, declaredLength, readBodyWithin } from './body-limit';
import { checkSlackBody } from './payload-shapes';

/** Remembers signatures: the replay guard (src/store/replay-guard.ts). */
export interface SignatureMemory {
  firstSight(signature: string, timestampSec: number): Promise<boolean>;
}

export interface RequestGuardOptions {
  signingSecret: string;
  maxBodyBytes: number;
  /** Bolt's endpoints, e.g. ['/slack/events']. */
  endpoints: string[];
  replays: SignatureMemory;
  log: BotLog;
}

/** Slack's own rule: a request whose timestamp is more than five minutes from now, either way, is refused. */
const MAX_SKEW_SEC = 5 * 60;

/**
 * Wraps Bolt's HTTP request listener with what it lacks, in this order, so nothing reaches Bolt unchecked:
 * 1. the body is read up to `maxBodyBytes` and no further: 413 (before the whole body is read) on every route;
 * 2. the signature is checked here on the bytes read (401), with the timestamp within 5 minutes either way;
 * 3. the body must parse into one of Slack's payload shapes (400 otherwise, never a crash or 5xx);
 * 4. a signature seen before (a replay inside the 5-minute window) is acknowledged with an empty 200 and
 *    goes no further.
 * Bolt then gets the request with the bytes already read (its receiver uses `rawBody` when present) and
 * verifies it again as it always does. Slack's `ssl_check` pings (unsigned) go to Bolt as they are: Bolt
 * strips anything smuggled along with them.
 */
export function guardRequests(bolt: RequestListener, options: RequestGuardOptions): RequestListener {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method?.toUpperCase() === 'POST' && options.endpoints.includes(path)) {
      void guardSlackRequest(req, res, bolt, options).catch((error: unknown) => {
        options.log.error('request_guard_failed', { err: error });
        if (!res.headersSent) answer(res, 500);
      });
      return;
    }
    if (declaredLength(req) > options.maxBodyBytes) {
      refuseTooLarge(req, res);
      return;
    }
    capUnreadBody(req, options.maxBodyBytes, () => refuseTooLarge(req, res));
    bolt(req, res);
  };
}

async function guardSlackRequest(
  req: IncomingMessage,
  res: ServerResponse,
  bolt: RequestListener,
  options: RequestGuardOptions,
): Promise<void> {
  const read = await readBodyWithin(req, options.maxBodyBytes);
  if (read.kind === 'too_large') {
    options.log.warn('request_refused', { reason: 'body_too_large' });
    refuseTooLarge(req, res);
    return;
  }
  if (read.kind === 'aborted') return;
  const rawBody = read.body;
  const contentType = req.headers['content-type'];
  if (!isSslCheck(rawBody, contentType)) {
    const signature = header(req, 'x-slack-signature');
    const timestampSec = Number(header(req, 'x-slack-request-timestamp'));
    if (!signature || !validSignature(options.signingSecret, rawBody, signature, timestampSec)) {
      options.log.warn('request_refused', { reason: 'signature' });
      answer(res, 401);
      return;
    }
    const shape = checkSlackBody(rawBody, contentType);
    if (!shape.ok) {
      options.log.warn('request_refused', { reason: shape.reason });
      answer(res, 400);
      return;
    }
    if (!(await firstSight(options, signature, timestampSec))) {
      options.log.warn('request_replayed', { kind: shape.kind });
      answer(res, 200);
      return;
    }
  }
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = rawBody;
  bolt(req, res);
}

function validSignature(secret: string, rawBody: Buffer, signature: string, timestampSec: number): boolean {
  if (!Number.isInteger(timestampSec) || Math.abs(Date.now() / 1000 - timestampSec) > MAX_SKEW_SEC) return false;
  try {
    verifySlackRequest({
      signingSecret: secret,
      body: rawBody.toString(),
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestampSec },
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * A Redis that does not answer must not stop Slack's requests: the acts behind them need Redis anyway and
 * will say so; a replay then is no worse than the acts failing. Logged, so the gap is visible.
 */
async function firstSight(options: RequestGuardOptions, signature: string, timestampSec: number): Promise<boolean> {
  try {
    return await options.replays.firstSight(signature, timestampSec);
  } catch (error) {
    options.log.error('replay_guard_unavailable', { err: error });
    return true;
  }
}

function isSslCheck(rawBody: Buffer, contentType: string | undefined): boolean {
  return contentType === 'application/x-www-form-urlencoded' && parseQuery(rawBody.toString()).ssl_check === '1';
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function answer(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

/**
 * 413, then the connection is closed once the answer is out: the rest of the body is never read. The
 * request stays paused meanwhile, so the client's remaining bytes wait in its own buffers, not ours.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) {
    req.destroy();
    return;
  }
  res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' });
  res.end('Request body too large\n', () => req.destroy());
}
