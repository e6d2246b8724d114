import type { Redis } from 'ioredis';
import type { BotLog } from '../runtime/log';

/** The three Redis settings the start-up check reads (CONFIG GET), as Redis reports them. */
export interface DurabilitySettings {
  maxmemoryPolicy: string;
  appendonly: string;
  save: string;
}

export type DurabilityCheck =
  /** Every setting was read; `refusals` empty means breachbot may start. */
  | { kind: 'checked'; settings: DurabilitySettings; refusals: string[]; volatileAllowed: boolean }
  /** CONFIG is refused (managed Redis, renamed or ACL-restricted command): start, with a warning. */
  | { kind: 'unreadable'; reason: string; warning: string };

export const EVICTION_FIX =
  'Fix: `redis-cli CONFIG SET maxmemory-policy noeviction` then `redis-cli CONFIG REWRITE` (or ' +
  '`maxmemory-policy noeviction` in redis.conf, or in your provider’s parameter group), and start breachbot again. ' +
  'REDIS_ALLOW_VOLATILE does not waive this.';

export const PERSISTENCE_FIX =
  'Fix: turn the append-only file on, `redis-cli CONFIG SET appendonly yes`, `redis-cli CONFIG SET appendfsync ' +
  'everysec`, then `redis-cli CONFIG REWRITE` (or `appendonly yes` and `appendfsync everysec` in redis.conf), and ' +
  'start breachbot again. For tests and throwaway drills only, REDIS_ALLOW_VOLATILE=true starts without persistence.';

/**
 * Whether Redis keeps what breachbot stores. Eviction is refused always: under memory pressure any other policy
 * lets Redis drop keys, and a dropped reminder job is a missed legal deadline (BullMQ requires noeviction too).
 * No persistence (no append-only file and no RDB save point) is refused unless `allowVolatile`: a restart would
 * lose every incident, decision record and scheduled reminder.
 */
export function durabilityRefusals(settings: DurabilitySettings, allowVolatile: boolean): string[] {
  const refusals: string[] = [];
  if (settings.maxmemoryPolicy !== 'noeviction') {
    refusals.push(
      `Redis maxmemory-policy is "${settings.maxmemoryPolicy}"; breachbot needs "noeviction": with any other policy ` +
        'Redis drops keys when memory runs short, and a dropped reminder job is a missed notification deadline. ' +
        EVICTION_FIX,
    );
  }
  if (!persistent(settings) && !allowVolatile) {
    refusals.push(
      `Redis persistence is off (appendonly is "${settings.appendonly}" and save is "${settings.save}"): a Redis ` +
        'restart would lose every incident, decision record and scheduled reminder. ' +
        PERSISTENCE_FIX,
    );
  }
  return refusals;
}

/** An append-only file, or at least one RDB save point. */
export function persistent(settings: DurabilitySettings): boolean {
  return settings.appendonly === 'yes' || settings.save.trim() !== '';
}

/**
 * Reads maxmemory-policy, appendonly and save from Redis and judges them (durabilityRefusals). A Redis that
 * refuses CONFIG (a reply error: managed services rename it or deny it by ACL) gives `unreadable`, not a
 * refusal; a Redis that cannot be reached throws.
 */
export async function checkRedisDurability(redis: Redis, allowVolatile: boolean): Promise<DurabilityCheck> {
  let settings: DurabilitySettings;
  try {
    settings = {
      maxmemoryPolicy: await configValue(redis, 'maxmemory-policy'),
      appendonly: await configValue(redis, 'appendonly'),
      save: await configValue(redis, 'save'),
    };
  } catch (error) {
    if (!(error instanceof ConfigUnreadable) && (error as Error).name !== 'ReplyError') throw error;
    // Redis's reply starts with its error code (ERR, NOPERM …); only that is kept.
    const reason = (error as Error).message.split(' ')[0] ?? 'refused';
    return {
      kind: 'unreadable',
      reason,
      warning:
        `Could not read Redis's settings (CONFIG GET answered ${reason}), so they were not checked. Make sure ` +
        'maxmemory-policy is noeviction and persistence (appendonly yes, appendfsync everysec) is on in your ' +
        'Redis or its provider’s settings: without them reminders can be evicted or lost on a restart.',
    };
  }
  return {
    kind: 'checked',
    settings,
    refusals: durabilityRefusals(settings, allowVolatile),
    volatileAllowed: allowVolatile,
  };
}

class ConfigUnreadable extends Error {
  constructor(parameter: string) {
    super(`EMPTY CONFIG GET ${parameter} returned nothing`);
  }
}

async function configValue(redis: Redis, parameter: string): Promise<string> {
  const reply = (await redis.config('GET', parameter)) as unknown;
  if (!Array.isArray(reply) || reply.length < 2 || typeof reply[1] !== 'string') throw new ConfigUnreadable(parameter);
  return reply[1];
}

/**
 * The start-up check of the bot and the worker: logs what it found (and a warning when CONFIG is refused or
 * persistence is waived) and returns the refusals, each naming the setting and its fix; empty means start.
 */
export async function durabilityAtStart(redis: Redis, allowVolatile: boolean, log: BotLog): Promise<string[]> {
  const check = await checkRedisDurability(redis, allowVolatile);
  if (check.kind === 'unreadable') {
    log.warn('redis_settings_unchecked', { reason: check.reason, advice: check.warning });
    return [];
  }
  const { settings } = check;
  const fields = {
    maxmemoryPolicy: settings.maxmemoryPolicy,
    appendonly: settings.appendonly,
    rdbSavePoints: settings.save.trim() !== '',
  };
  if (check.refusals.length === 0) {
    if (!persistent(settings)) {
      log.warn('redis_persistence_waived', {
        ...fields,
        advice: 'REDIS_ALLOW_VOLATILE=true: a Redis restart loses every incident and reminder. Tests and drills only.',
      });
    } else log.info('redis_settings_checked', fields);
  }
  return check.refusals;
}
