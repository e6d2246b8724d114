import type { Redis } from 'ioredis';
import { closedRefusal } from '../domain/refusals';
import { canonicalJson, entryHash } from '../domain/timeline/hash-chain';
import {
  GENESIS_HASH,
  type TimelineEntry,
  type TimelineEntryInput,
  timelineEntryInputSchema,
  timelineEntrySchema,
} from '../domain/timeline/timeline-entry';
import type { RedisKeys } from './keys';

export type AppendResult = { appended: true; entry: TimelineEntry } | { appended: false; seq: number };

/**
 * The incident timeline: an append-only Redis list of hash-chained entries. An append is computed in Node
 * (SHA-256) and written by a script that checks the list has not grown meanwhile, so concurrent appends from
 * several replicas each land once, in order, on an unbroken chain.
 */
export class TimelineStore {
  /**
   * `appended` is told the incident after every entry stored (the bot schedules the incident's anchor with
   * it, issue 10); it must not throw or wait.
   */
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly hooks: { appended?: (incidentId: string) => void } = {},
  ) {}

  /**
   * Appends an entry. With `whileOpen` (the change in words, "decisions"), the append is refused inside the
   * same script when the incident is closed, so a close racing the append can never be followed by it.
   */
  async append(
    incidentId: string,
    input: TimelineEntryInput,
    options: { whileOpen?: string } = {},
  ): Promise<AppendResult> {
    const parsed = timelineEntryInputSchema.parse(input);
    const listKey = this.keys.timeline(incidentId);
    const dedupeKey = this.keys.timelineDedupe(incidentId);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      // One write to Redis for both reads (reminder bursts append one entry per digest).
      const replies = await this.redis.pipeline().llen(listKey).lindex(listKey, -1).exec();
      const [lengthReply, lastReply] = replies ?? [];
      if (lengthReply?.[0]) throw lengthReply[0];
      if (lastReply?.[0]) throw lastReply[0];
      const length = Number(lengthReply?.[1] ?? 0);
      const lastRaw = (lastReply?.[1] ?? null) as string | null;
      const prevHash = lastRaw === null ? GENESIS_HASH : timelineEntrySchema.parse(JSON.parse(lastRaw)).hash;
      const body = {
        seq: length,
        kind: parsed.kind,
        actor: parsed.actor,
        at: parsed.at,
        summary: parsed.summary,
        data: parsed.data,
        ...(parsed.dedupeKey ? { dedupeKey: parsed.dedupeKey } : {}),
        prevHash,
      };
      const entry: TimelineEntry = { ...body, hash: entryHash(body) };
      const result = (await this.redis.eval(
        APPEND,
        4,
        listKey,
        dedupeKey,
        this.keys.timelineHead(incidentId),
        this.keys.incident(incidentId),
        String(length),
        canonicalJson(entry),
        parsed.dedupeKey ?? '',
        JSON.stringify({ seq: entry.seq, hash: entry.hash }),
        options.whileOpen ? '1' : '0',
      )) as [number, number];
      if (result[0] === 3) throw closedRefusal(incidentId, options.whileOpen ?? 'changes');
      if (result[0] === 1) {
        this.hooks.appended?.(incidentId);
        return { appended: true, entry };
      }
      if (result[0] === 2) return { appended: false, seq: result[1] };
    }
    throw new Error(`timeline of ${incidentId}: too much contention, entry not appended`);
  }

  async entries(incidentId: string, from = 0, to = -1): Promise<TimelineEntry[]> {
    const raw = await this.redis.lrange(this.keys.timeline(incidentId), from, to);
    return raw.map((r) => timelineEntrySchema.parse(JSON.parse(r)));
  }

  /** Entries as stored, unparsed: `breachbot verify` checks them without trusting the schema first. */
  async rawEntries(incidentId: string): Promise<string[]> {
    return this.redis.lrange(this.keys.timeline(incidentId), 0, -1);
  }

  async length(incidentId: string): Promise<number> {
    return this.redis.llen(this.keys.timeline(incidentId));
  }
}

// KEYS: list, dedupe hash, head, incident. ARGV: expected length, entry JSON, dedupe key ('' for none), head
// JSON, '1' to refuse when the incident is closed. Returns {1, seq} appended; {2, seq} already recorded under
// that dedupe key; {0, 0} list grew, retry; {3, 0} the incident is closed.
// The head ({seq, hash} of the last entry) is written with the entry, so `verify` can tell when entries
// were cut off the end: a hash chain alone cannot, since its last link has no successor.
const APPEND = `
if ARGV[5] == '1' then
  local incident = redis.call('GET', KEYS[4])
  if incident and cjson.decode(incident).status == 'closed' then return {3, 0} end
end
if ARGV[3] ~= '' then
  local seen = redis.call('HGET', KEYS[2], ARGV[3])
  if seen then return {2, tonumber(seen)} end
end
if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) then return {0, 0} end
redis.call('RPUSH', KEYS[1], ARGV[2])
redis.call('SET', KEYS[3], ARGV[4])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], ARGV[3], ARGV[1]) end
return {1, tonumber(ARGV[1])}`;
