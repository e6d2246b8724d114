import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

/** One change's mark: the incident, and the member that names this change alone. */
export interface StaleRegisterMark {
  incidentId: string;
  member: string;
}

/**
 * Changes of an incident's obligations (facts, notified, undo) whose pinned register may not show them yet. A
 * change is marked before it is stored and cleared once the register is drawn, so a process killed in between
 * leaves the mark, and the act resumer (any replica) draws the register. Each change has a member of its own:
 * two changes of one incident on two replicas never clear each other's mark.
 */
export class StaleRegisters {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async mark(incidentId: string, now: Date): Promise<StaleRegisterMark> {
    const member = `${incidentId}|${randomBytes(6).toString('hex')}`;
    await this.redis.zadd(this.keys.staleRegisters(), now.getTime(), member);
    return { incidentId, member };
  }

  async clear(mark: StaleRegisterMark): Promise<void> {
    await this.redis.zrem(this.keys.staleRegisters(), mark.member);
  }

  /** Marks set before `beforeMs` (older than any change still running here), oldest first, at most `limit`. */
  async before(beforeMs: number, limit = 100): Promise<StaleRegisterMark[]> {
    const members = await this.redis.zrangebyscore(this.keys.staleRegisters(), '-inf', beforeMs, 'LIMIT', 0, limit);
    return members.flatMap((member) => {
      const incidentId = member.slice(0, member.lastIndexOf('|'));
      return incidentId ? [{ incidentId, member }] : [];
    });
  }
}
