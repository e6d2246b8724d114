import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

/**
 * Slack display names by user id (`keys.userNames`), as users.info last gave them: the bot writes them when it
 * exports, and `breachbot register` (which has no Slack token) reads them, so an export names people either way.
 */
export class UserNameStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async get(userIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const values = await this.redis.hmget(this.keys.userNames(), ...ids);
    const found = new Map<string, string>();
    ids.forEach((id, i) => {
      const name = values[i];
      if (name) found.set(id, name);
    });
    return found;
  }

  async set(names: ReadonlyMap<string, string>): Promise<void> {
    if (names.size === 0) return;
    await this.redis.hset(this.keys.userNames(), Object.fromEntries(names));
  }
}
