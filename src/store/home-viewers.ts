import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

/** How long after opening the Home tab a person's Home is kept up to date when a clock changes. */
export const HOME_VIEWER_TTL_MS = 7 * 24 * 3600_000;

/**
 * Who opened the bot's Home tab lately (`keys.homeViewers`: user id → when, in ms). Slack keeps a published
 * Home until the app publishes another, so only these people's Homes are re-published when a clock changes;
 * anyone else gets a fresh one when they next open the tab. Entries older than the TTL are dropped as new
 * ones are written, so the set stays as small as the number of people who look.
 */
export class HomeViewers {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly ttlMs = HOME_VIEWER_TTL_MS,
  ) {}

  async opened(userId: string, at: Date): Promise<void> {
    const key = this.keys.homeViewers();
    await this.redis
      .multi()
      .zadd(key, at.getTime(), userId)
      .zremrangebyscore(key, '-inf', at.getTime() - this.ttlMs)
      .exec();
  }

  /** The people who opened the tab within the TTL before `now`. */
  async recent(now: Date): Promise<string[]> {
    return this.redis.zrangebyscore(this.keys.homeViewers(), now.getTime() - this.ttlMs, '+inf');
  }
}
