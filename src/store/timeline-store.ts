import type { Redis } from 'ioredis';
import { type Incident, incidentSchema } from '../domain/incidents/incident';
import { closedRefusal } from '../domain/refusals';
import { canonicalJson, entryHash } from '../domain/timeline/hash-chain';
import {
  GENESIS_HASH,
  type TimelineEntry,
  type TimelineEntryInput,
  type TimelineHead,
  timelineEntryInputSchema,
  timelineEntrySchema,
  timelineHeadSchema,
} from '../domain/timeline/timeline-entry';
import { parseRecord, tryParseJson } from './json-record';
import type { RedisKeys } from './keys';

/** A value a recorded write was computed from, checked again inside its script (null: absent). */
export type ReadValue =
  | { op: 'get'; key: string; value: string | null }
  | { op: 'hget'; key: string; field: string; value: string | null }
  | { op: 'llen'; key: string; value: number };

/** One state write of a recorded write. Every key must carry the incident's hash tag (keys.ts). */
export type StateWrite =
  | { op: 'set'; key: string; value: string }
  | { op: 'hset'; key: string; field: string; value: string }
  | { op: 'rpush'; key: string; value: string };

/** What a change of state makes: the values it read, its writes and its timeline entries (writes null: no change). */
export interface StateChange<T> {
  read: ReadValue[];
  writes: StateWrite[] | null;
  entries: TimelineEntryInput[];
  detail: T;
}

export type AppendResult = { appended: true; entry: TimelineEntry } | { appended: false; seq: number };

/** What a recorded change makes of the record: the record after it, and its timeline entry (null: no change). */
export interface RecordedChange<T> {
  next: Incident;
  entry: TimelineEntryInput | null;
  /** Whatever the caller wants back from the run that was written (the previous value, counts). */
  detail: T;
}

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
      const entry = chainedEntry(parsed, length, lastRaw);
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

  /**
   * A change of the incident record and its timeline entry, written together by one script: a compare-and-set
   * of the record (as IncidentStore.update) that also appends the entry to the chain, or writes neither. A
   * crash can never leave a severity, title, status, role or reopen stored without its entry (issue 12): the
   * timeline is the legal record, and a change it lacks would be a change nobody can show was made.
   *
   * Why one script rather than a pending change a retry completes: every key of one incident shares the hash
   * tag `{<id>}` (keys.ts), so the script runs on Redis Cluster too, and there is no half-done state to find,
   * resume or explain to the person who made the change. `change` runs on the stored record (again after a
   * concurrent write to the record or the timeline) and may throw a refusal (closed); an entry of null writes
   * nothing. The caller keeps the open index in step (IncidentStore.keepIndexed) when the status changed.
   */
  async appendWithRecord<T>(
    incidentId: string,
    change: (incident: Incident) => RecordedChange<T> | Promise<RecordedChange<T>>,
  ): Promise<{ incident: Incident; entry: TimelineEntry | null; detail: T }> {
    const recordKey = this.keys.incident(incidentId);
    const listKey = this.keys.timeline(incidentId);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const [raw, length, lastRaw] = await Promise.all([
        this.redis.get(recordKey),
        this.redis.llen(listKey),
        this.redis.lindex(listKey, -1),
      ]);
      if (raw === null) throw new Error(`incident ${incidentId} not found`);
      const current = parseRecord(recordKey, raw, incidentSchema);
      const wanted = await change(current);
      if (!wanted.entry) return { incident: current, entry: null, detail: wanted.detail };
      const next = incidentSchema.parse(wanted.next);
      const entry = chainedEntry(timelineEntryInputSchema.parse(wanted.entry), length, lastRaw);
      const result = (await this.redis.eval(
        RECORD_AND_APPEND,
        4,
        recordKey,
        listKey,
        this.keys.timelineDedupe(incidentId),
        this.keys.timelineHead(incidentId),
        raw,
        JSON.stringify(next),
        String(length),
        canonicalJson(entry),
        entry.dedupeKey ?? '',
        JSON.stringify({ seq: entry.seq, hash: entry.hash }),
      )) as [number, number];
      if (result[0] === 1) {
        this.hooks.appended?.(incidentId);
        return { incident: next, entry, detail: wanted.detail };
      }
      if (result[0] === 2) return { incident: next, entry: null, detail: wanted.detail };
    }
    throw new Error(`incident ${incidentId}: too much contention, change not recorded`);
  }

  /**
   * A change of state other than the incident record (a checklist tick, owner or item, the facts and
   * obligations) written by one script with its timeline entries, or neither: as appendWithRecord, so that a
   * crash at any Redis command leaves both or neither. `prepare` reads the state and says what it read; when
   * any of it differs inside the script (or the timeline grew), `prepare` runs again on the fresh state. With
   * `whileOpen` (the change in words) the script refuses a closed incident, so a close racing the change can
   * never be followed by it. Entries whose dedupe key is on the timeline already are left out.
   */
  async appendWithState<T>(
    incidentId: string,
    prepare: () => Promise<StateChange<T>>,
    options: { whileOpen?: string } = {},
  ): Promise<{ written: boolean; entries: TimelineEntry[]; detail: T }> {
    const listKey = this.keys.timeline(incidentId);
    const dedupeKey = this.keys.timelineDedupe(incidentId);
    const base = [this.keys.incident(incidentId), listKey, dedupeKey, this.keys.timelineHead(incidentId)];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const [length, last] = await Promise.all([this.redis.llen(listKey), this.redis.lindex(listKey, -1)]);
      let lastRaw = last;
      const change = await prepare();
      if (!change.writes) return { written: false, entries: [], detail: change.detail };
      const inputs = change.entries.map((e) => timelineEntryInputSchema.parse(e));
      const dedupeKeys = inputs.flatMap((e) => (e.dedupeKey ? [e.dedupeKey] : []));
      const seen = dedupeKeys.length ? await this.redis.hmget(dedupeKey, ...dedupeKeys) : [];
      const fresh = inputs.filter((e) => !e.dedupeKey || seen[dedupeKeys.indexOf(e.dedupeKey)] === null);
      const entries: TimelineEntry[] = [];
      for (const input of fresh) {
        const entry = chainedEntry(input, length + entries.length, lastRaw);
        entries.push(entry);
        lastRaw = canonicalJson(entry);
      }
      const keys = [...base];
      const slot = (key: string) => {
        if (!keys.includes(key)) keys.push(key);
        return keys.indexOf(key) + 1;
      };
      const plan = {
        whileOpen: Boolean(options.whileOpen),
        length,
        read: change.read.map((r) => ({
          op: r.op,
          k: slot(r.key),
          f: 'field' in r ? r.field : '',
          v: String(r.value ?? ''),
        })),
        writes: change.writes.map((w) => ({ op: w.op, k: slot(w.key), f: 'field' in w ? w.field : '', v: w.value })),
        entries: entries.map((e) => canonicalJson(e)),
        dedupe: entries.filter((e) => e.dedupeKey).map((e) => [e.dedupeKey, String(e.seq)]),
        head: entries.length ? JSON.stringify({ seq: entries.at(-1)?.seq, hash: entries.at(-1)?.hash }) : '',
      };
      const result = (await this.redis.eval(STATE_AND_APPEND, keys.length, ...keys, JSON.stringify(plan))) as number;
      if (result === 3) throw closedRefusal(incidentId, options.whileOpen ?? 'changes');
      if (result === 1) {
        if (entries.length) this.hooks.appended?.(incidentId);
        return { written: true, entries, detail: change.detail };
      }
    }
    throw new Error(`incident ${incidentId}: too much contention, change not recorded`);
  }

  async entries(incidentId: string, from = 0, to = -1): Promise<TimelineEntry[]> {
    return (await this.storedEntries(incidentId, from, to)).entries;
  }

  /**
   * The entries with the text each was parsed from (`texts[i]` for `entries[i]`): `verifyChain` hashes the
   * stored text itself where it can, instead of writing each entry's JSON again (a summary's whole timeline).
   */
  async storedEntries(incidentId: string, from = 0, to = -1): Promise<{ entries: TimelineEntry[]; texts: string[] }> {
    const texts = await this.redis.lrange(this.keys.timeline(incidentId), from, to);
    const entries = new Array<TimelineEntry>(texts.length);
    for (let i = 0; i < texts.length; i += 1) entries[i] = timelineEntrySchema.parse(JSON.parse(texts[i] as string));
    return { entries, texts };
  }

  /**
   * Every entry that still parses, with its stored text, and the places (list indexes) of those that do not: the
   * summary reports an entry edited into something that is not a timeline entry as the chain's broken link, as
   * `breachbot verify` does, instead of failing and leaving nothing to read.
   */
  async readableEntries(incidentId: string): Promise<{
    entries: TimelineEntry[];
    texts: string[];
    unreadable: number[];
    head: TimelineHead | 'unreadable' | null;
  }> {
    // The list and its head in one transaction: an append between two reads would look like a cut end.
    const replies = await this.redis
      .multi()
      .lrange(this.keys.timeline(incidentId), 0, -1)
      .get(this.keys.timelineHead(incidentId))
      .exec();
    const [listed, headRead] = replies ?? [];
    if (!listed || listed[0] || !headRead || headRead[0])
      throw listed?.[0] ?? headRead?.[0] ?? new Error('timeline read aborted');
    const stored = listed[1] as string[];
    const headText = headRead[1] as string | null;
    const headParsed = headText === null ? null : timelineHeadSchema.safeParse(tryParseJson(headText));
    const head = headParsed === null ? null : headParsed.success ? headParsed.data : 'unreadable';
    const entries: TimelineEntry[] = [];
    const texts: string[] = [];
    const unreadable: number[] = [];
    for (let i = 0; i < stored.length; i += 1) {
      const text = stored[i] as string;
      const parsed = timelineEntrySchema.safeParse(tryParseJson(text));
      if (parsed.success) {
        entries.push(parsed.data);
        texts.push(text);
      } else unreadable.push(i);
    }
    return { entries, texts, unreadable, head };
  }

  /** Entries as stored, unparsed: `breachbot verify` checks them without trusting the schema first. */
  async rawEntries(incidentId: string): Promise<string[]> {
    return this.redis.lrange(this.keys.timeline(incidentId), 0, -1);
  }

  async length(incidentId: string): Promise<number> {
    return this.redis.llen(this.keys.timeline(incidentId));
  }
}

/** The entry as it will be stored at position `length`, linked to the last one (`lastRaw`) and hashed. */
function chainedEntry(
  parsed: ReturnType<typeof timelineEntryInputSchema.parse>,
  length: number,
  lastRaw: string | null,
): TimelineEntry {
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
  return { ...body, hash: entryHash(body) };
}

// KEYS: incident, list, dedupe hash, head (one hash tag: one slot on Redis Cluster). ARGV: the record as read,
// the record to write, expected length, entry JSON, dedupe key ('' for none), head JSON. Returns {1, seq}
// written; {2, seq} the entry is on the timeline already under that dedupe key (the record is written);
// {0, 0} the record or the timeline changed since they were read, retry.
const RECORD_AND_APPEND = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {0, 0} end
if ARGV[5] ~= '' then
  local seen = redis.call('HGET', KEYS[3], ARGV[5])
  if seen then
    redis.call('SET', KEYS[1], ARGV[2])
    return {2, tonumber(seen)}
  end
end
if redis.call('LLEN', KEYS[2]) ~= tonumber(ARGV[3]) then return {0, 0} end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('RPUSH', KEYS[2], ARGV[4])
redis.call('SET', KEYS[4], ARGV[6])
if ARGV[5] ~= '' then redis.call('HSET', KEYS[3], ARGV[5], ARGV[3]) end
return {1, tonumber(ARGV[3])}`;

// KEYS: incident, list, dedupe hash, head, then the state's keys (one hash tag: one slot on Redis Cluster).
// ARGV[1]: the plan (appendWithState) as JSON; its values stay strings, never re-encoded by cjson. Returns 1
// written; 0 the state, the timeline or a dedupe key changed since they were read, retry; 3 the incident is
// closed. Empty arrays decode as empty tables, so `#` and ipairs see no items.
const STATE_AND_APPEND = `
local plan = cjson.decode(ARGV[1])
if plan.whileOpen then
  local incident = redis.call('GET', KEYS[1])
  if incident and cjson.decode(incident).status == 'closed' then return 3 end
end
for _, r in ipairs(plan.read) do
  local now
  if r.op == 'get' then now = redis.call('GET', KEYS[r.k])
  elseif r.op == 'hget' then now = redis.call('HGET', KEYS[r.k], r.f)
  else now = redis.call('LLEN', KEYS[r.k]) end
  if tostring(now or '') ~= r.v then return 0 end
end
if redis.call('LLEN', KEYS[2]) ~= plan.length then return 0 end
for _, d in ipairs(plan.dedupe) do
  if redis.call('HEXISTS', KEYS[3], d[1]) == 1 then return 0 end
end
for _, w in ipairs(plan.writes) do
  if w.op == 'set' then redis.call('SET', KEYS[w.k], w.v)
  elseif w.op == 'hset' then redis.call('HSET', KEYS[w.k], w.f, w.v)
  else redis.call('RPUSH', KEYS[w.k], w.v) end
end
for _, e in ipairs(plan.entries) do redis.call('RPUSH', KEYS[2], e) end
if plan.head ~= '' then redis.call('SET', KEYS[4], plan.head) end
for _, d in ipairs(plan.dedupe) do redis.call('HSET', KEYS[3], d[1], d[2]) end
return 1`;

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
