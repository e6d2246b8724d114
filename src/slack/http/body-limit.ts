import type { IncomingMessage } from 'node:http';

/** Slack's payloads are small (a few KB; a large modal's state a few hundred); 1 MB leaves ample room. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export type BodyRead = { kind: 'read'; body: Buffer } | { kind: 'too_large' } | { kind: 'aborted' };

/**
 * Reads a request body up to `limit` bytes and no further. A declared Content-Length over the limit is refused
 * before a byte is read; a body without one (chunked) is counted as it streams and reading stops at the first
 * chunk past the limit, so an oversized body costs at most `limit` bytes of memory whatever its size.
 */
export function readBodyWithin(req: IncomingMessage, limit: number): Promise<BodyRead> {
  if (declaredLength(req) > limit) return Promise.resolve({ kind: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'read', body: Buffer.concat(chunks, size) });
    const onError = () => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/**
 * Counts a body nobody reads (any route but Slack's endpoint) and cuts the connection once it passes the
 * limit; otherwise Node would read and discard it to the end to keep the connection alive.
 */
export function capUnreadBody(req: IncomingMessage, limit: number, onTooLarge: () => void): void {
  let size = 0;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) {
      req.off('data', onData);
      onTooLarge();
    }
  };
  req.on('data', onData);
}

/** The Content-Length header as a number; 0 when absent or unreadable (the streamed count still applies). */
export function declaredLength(req: IncomingMessage): number {
  const value = Number(req.headers['content-length']);
  return Number.isFinite(value) && value > 0 ? value : 0;
}
