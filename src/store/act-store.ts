import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { type CloseAct, closeActSchema } from '../domain/acts/close-act';
import { type OpenAct, openActSchema, REPEAT_WINDOW_SECONDS } from '../domain/acts/open-act';
import { parseRecord } from './json-record';
import type { RedisKeys } from './keys';

/** How long a person's unfinished open keeps answering their repeats with the same incident. */
const UNFINISHED_REPEAT_SECONDS = 24 * 3600;
/** Slack never reuses a channel name (archived ones included), so a reservation only has to outlive the act. */
const NAME_RESERVATION_SECONDS = 7 * 24 * 3600;
/** A finished act's record is kept a while for the repeat window and for looking into what happened. */
const FINISHED_ACT_SECONDS = 7 * 24 * 3600;

/** A lease on an act: while held, no other process (replica, resumer) runs it. */
export interface ActLease {
  readonly incidentId: string;
  /** False once the lease was lost (expired, e.g. the process stalled, and maybe taken by another). */
  held(): boolean;
  release(): Promise<void>;
}

/**
 * Acts in Redis: the intent of each open, stored before its first side effect, and its progress. Unfinished
 * acts are listed in a sorted set the resumer reads; a lease per act keeps replicas from running one twice.
 */
export class ActStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    /** A lease lasts this long unless renewed (every third of it, while its holder runs). */
    private readonly leaseMs = 15_000,
  ) {}

  /**
   * Stores a new act unless the same person has an open of the same title that is unfinished or finished
   * within the repeat window: then that one's incident id is returned and nothing is stored. Never replaces
   * another act: an id already taken is answered `idTaken` and nothing is stored.
   */
  async createOpen(
    act: OpenAct,
    dedupeKey: string,
  ): Promise<{ created: true } | { created: false; existing: string } | { created: false; idTaken: true }> {
    const record = openActSchema.parse(act);
    const created = await this.redis.eval(
      CREATE_ACT,
      3,
      this.keys.openBy(hashKey(dedupeKey)),
      this.keys.openAct(record.incidentId),
      this.keys.pendingActs(),
      record.incidentId,
      JSON.stringify(record),
      String(UNFINISHED_REPEAT_SECONDS),
      String(Date.parse(record.createdAt)),
    );
    if (created === 1) return { created: true };
    // Another act already has this id (drawn twice in the same time slot): the caller draws again.
    if (created === 0) return { created: false, idTaken: true };
    return { created: false, existing: String(created) };
  }

  async getOpen(incidentId: string): Promise<OpenAct | null> {
    const key = this.keys.openAct(incidentId);
    const raw = await this.redis.get(key);
    return raw === null ? null : parseRecord(key, raw, openActSchema);
  }

  /**
   * Writes the act's new state (the caller holds its lease). Not parsed again here: the runner only ever
   * changes an act it read through the schema, and every read parses; a step is saved several times, and
   * parsing each time was a measurable share of an open's CPU (it delays other commands' acks).
   */
  async saveOpen(act: OpenAct): Promise<void> {
    await this.redis.set(this.keys.openAct(act.incidentId), JSON.stringify(act));
  }

  /** The act is over (finished or failed): off the pending list; a repeat within the window still finds it. */
  async closeOpen(act: OpenAct, dedupeKey: string): Promise<void> {
    const record = JSON.stringify(openActSchema.parse(act));
    await this.redis.set(this.keys.openAct(act.incidentId), record, 'EX', FINISHED_ACT_SECONDS);
    await this.redis.zrem(this.keys.pendingActs(), act.incidentId);
    // Only if it still points at this act: never shorten another act's window.
    await this.redis.eval(
      EXPIRE_IF,
      1,
      this.keys.openBy(hashKey(dedupeKey)),
      act.incidentId,
      String(REPEAT_WINDOW_SECONDS),
    );
  }

  /** Unfinished acts started before `beforeMs`, oldest first. */
  async pending(beforeMs: number, limit = 100): Promise<string[]> {
    return this.redis.zrangebyscore(this.keys.pendingActs(), '-inf', beforeMs, 'LIMIT', 0, limit);
  }

  /** Drops an id from the pending list (its act record is gone or unreadable: nothing to resume). */
  async forget(incidentId: string): Promise<void> {
    await this.redis.zrem(this.keys.pendingActs(), incidentId);
  }

  /** Reserves a channel name for an act; true when it is this act's (now or already). */
  async reserveChannelName(name: string, incidentId: string): Promise<boolean> {
    const key = this.keys.channelNameReservation(name);
    const set = await this.redis.set(key, incidentId, 'EX', NAME_RESERVATION_SECONDS, 'NX');
    if (set === 'OK') return true;
    return (await this.redis.get(key)) === incidentId;
  }

  /** Stores a close's intent; false when a close of this incident was already begun (it is that one's). */
  async createClose(act: CloseAct): Promise<boolean> {
    const record = JSON.stringify(closeActSchema.parse(act));
    const created = await this.redis.eval(
      CREATE_CLOSE,
      2,
      this.keys.closeAct(act.incidentId),
      this.keys.pendingCloses(),
      act.incidentId,
      record,
      String(Date.parse(act.createdAt)),
    );
    return created === 1;
  }

  /**
   * Stores a close's intent over an earlier close that has ended (finished, or found the incident closed): the
   * incident was reopened since (issue 12). False when a close is running now (it is that one's).
   */
  async replaceEndedClose(act: CloseAct): Promise<boolean> {
    const record = JSON.stringify(closeActSchema.parse(act));
    const replaced = await this.redis.eval(
      REPLACE_ENDED_CLOSE,
      2,
      this.keys.closeAct(act.incidentId),
      this.keys.pendingCloses(),
      act.incidentId,
      record,
      String(Date.parse(act.createdAt)),
    );
    return replaced === 1;
  }

  async getClose(incidentId: string): Promise<CloseAct | null> {
    const key = this.keys.closeAct(incidentId);
    const raw = await this.redis.get(key);
    return raw === null ? null : parseRecord(key, raw, closeActSchema);
  }

  async saveClose(act: CloseAct): Promise<void> {
    await this.redis.set(this.keys.closeAct(act.incidentId), JSON.stringify(act));
  }

  /** The close is over: off the pending list. Its record stays (a second close finds it and does nothing). */
  async endClose(act: CloseAct): Promise<void> {
    await this.saveClose(act);
    await this.redis.zrem(this.keys.pendingCloses(), act.incidentId);
  }

  async pendingClosesBefore(beforeMs: number, limit = 100): Promise<string[]> {
    return this.redis.zrangebyscore(this.keys.pendingCloses(), '-inf', beforeMs, 'LIMIT', 0, limit);
  }

  /** The act's lease for this process, or null while another process holds it. */
  async lease(incidentId: string, kind: 'open' | 'close' = 'open'): Promise<ActLease | null> {
    const key = this.keys.actLease(incidentId, kind);
    const token = randomBytes(8).toString('hex');
    const ok = await this.redis.set(key, token, 'PX', this.leaseMs, 'NX');
    if (ok !== 'OK') return null;
    const { redis, leaseMs } = this;
    let held = true;
    const heartbeat = setInterval(
      () => {
        void redis.eval(RENEW_LEASE, 1, key, token, String(leaseMs)).then(
          (renewed) => {
            if (renewed !== 1) held = false;
          },
          () => undefined,
        );
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    heartbeat.unref();
    return {
      incidentId,
      held: () => held,
      async release() {
        clearInterval(heartbeat);
        await redis.eval(RELEASE_LEASE, 1, key, token);
      },
    };
  }
}

function hashKey(dedupeKey: string): string {
  return createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32);
}

// KEYS: open-by, act, pending. ARGV: id, act JSON, open-by TTL, start ms. 1 stored, else the existing id.
// The open-by key and the act are written together, so a repeat never sees a key without its act.
const CREATE_ACT = `
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[3]))
redis.call('SET', KEYS[2], ARGV[2])
redis.call('ZADD', KEYS[3], tonumber(ARGV[4]), ARGV[1])
return 1`;

// KEYS: close act, pending-close. ARGV: id, act JSON, start ms. 1 stored, 0 a close was already begun.
const CREATE_CLOSE = `
if redis.call('SET', KEYS[1], ARGV[2], 'NX') then
  redis.call('ZADD', KEYS[2], tonumber(ARGV[3]), ARGV[1])
  return 1
end
return 0`;

// KEYS: close act, pending-close. ARGV: id, act JSON, start ms. 1 stored, 0 a close is running.
const REPLACE_ENDED_CLOSE = `
local raw = redis.call('GET', KEYS[1])
if raw then
  local ok, current = pcall(cjson.decode, raw)
  if not ok or current.status == 'running' then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], tonumber(ARGV[3]), ARGV[1])
return 1`;

const EXPIRE_IF = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2])) end
return 0`;

const RENEW_LEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])) return 1 end
return 0`;

const RELEASE_LEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0`;
