import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

/**
 * Slack accepts a signed request for 5 minutes after its timestamp (Bolt refuses older ones). Whoever captures
 * one could send it again inside that window; its signature is remembered a little longer than the window,
 * so no replica, restarted or not, processes it twice.
 */
export const REPLAY_WINDOW_MS = 5 * 60 * 1000;
const MARGIN_MS = 60 * 1000;
/**
 * How long the check may wait for Redis. A Redis that holds the connection and answers nothing would otherwise
 * spend the person's whole "answered within 3 s" budget here, before the act's own record-store check runs.
 */
const CHECK_TIMEOUT_MS = 500;

export class ReplayGuard {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /**
   * True the first time a signature is seen, false for every repeat. SET NX PX is one atomic step, so two
   * replicas receiving the same request at once cannot both be first. The time the marker is kept covers the
   * rest of the request's window from its own timestamp (a timestamp in the future keeps it longer).
   */
  async firstSight(signature: string, timestampSec: number, now = Date.now()): Promise<boolean> {
    const windowLeft = timestampSec * 1000 + REPLAY_WINDOW_MS - now;
    // The receiver refuses timestamps more than 5 minutes off either way, so this is at most 10 minutes.
    const ttl = Math.min(Math.max(windowLeft, 0), 2 * REPLAY_WINDOW_MS) + MARGIN_MS;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ReplayCheckTimeout()), CHECK_TIMEOUT_MS);
    });
    try {
      const set = await Promise.race([
        this.redis.set(this.keys.signatureSeen(signature), '1', 'PX', ttl, 'NX'),
        timedOut,
      ]);
      return set === 'OK';
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Redis did not answer the replay check in time; the caller decides what an unchecked request means. */
export class ReplayCheckTimeout extends Error {
  override name = 'ReplayCheckTimeout';
  constructor() {
    super(`replay check: Redis did not answer within ${CHECK_TIMEOUT_MS} ms`);
  }
}
