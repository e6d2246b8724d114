import type { Redis } from 'ioredis';
import {
  type ChecklistItem,
  type ChecklistItemState,
  checklistItemSchema,
  checklistItemStateSchema,
} from '../domain/checklist/checklist';
import { INCIDENT_ID_PATTERN } from '../domain/ids';
import { type Incident, incidentSchema } from '../domain/incidents/incident';
import { incidentIdAt } from '../domain/incidents/incident-id';
import { closedRefusal } from '../domain/refusals';
import { RecordStoreUnavailable, scanTargets } from './connection';
import { CorruptRecordError, parseRecord, tryParseJson } from './json-record';
import type { RedisKeys } from './keys';
import type { ReadValue, StateWrite } from './timeline-store';

/** A checklist change as TimelineStore.appendWithState writes it with its entry (writes null: no change). */
export interface ChecklistChange {
  read: ReadValue[];
  writes: StateWrite[] | null;
}

/** Incidents in Redis. Every read is parsed with the record's zod schema. */
export class IncidentStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /**
   * A new incident id from the clock and a random part (domain/incidents/incident-id.ts), not from a counter
   * in Redis: a Redis that lost its data cannot hand out an id again. Real time, not the acts' clock, which
   * a drill or a test may hold still.
   */
  async nextId(): Promise<string> {
    // A draw that an incident still stored already has (same 2.6 s, same 1-in-1,024) is drawn again; a race
    // between two opens drawing the same id at once is caught by create(), which never writes over a record.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const id = incidentIdAt(new Date());
      if ((await this.redis.exists(this.keys.incident(id))) === 0) return id;
    }
    return incidentIdAt(new Date());
  }

  /**
   * Before an act's first side effect outside Redis (a Slack channel): PING on this store's connection, so
   * that nothing is created that could not be recorded. Throws RecordStoreUnavailable.
   */
  async assertAvailable(): Promise<void> {
    const pong = await this.redis.ping().catch(() => null);
    if (pong !== 'PONG') throw new RecordStoreUnavailable();
  }

  /**
   * Stores a new incident and its channel index, each only if absent: a record never replaces another
   * incident's record (an id drawn twice) nor takes another incident's channel. The channel is claimed first,
   * then the record written; a clash on the record gives the channel back. Running it again with the same
   * record (a retried or resumed open) changes nothing and succeeds. Two single-key steps rather than one
   * transaction, so that it also works on Redis Cluster, where the two keys live in different slots.
   */
  async create(incident: Incident): Promise<void> {
    const record = incidentSchema.parse(incident);
    const json = JSON.stringify(record);
    const channelKey = this.keys.channelIncident(record.channelId);
    const claimed = await this.redis.set(channelKey, record.id, 'NX');
    if (claimed !== 'OK') {
      const holder = await this.redis.get(channelKey);
      if (holder !== record.id) throw new ChannelTakenError(record.channelId, holder ?? 'an incident');
    }
    const written = await this.redis.set(this.keys.incident(record.id), json, 'NX');
    if (written === 'OK') return this.indexStatus(record);
    const stored = await this.redis.get(this.keys.incident(record.id));
    if (stored === json || (stored !== null && sameIncident(stored, record))) {
      // A resumed open re-runs this step: the index entry a crash may have left out is added now.
      const current = parseRecord(this.keys.incident(record.id), stored, incidentSchema);
      return this.indexStatus(current);
    }
    if (claimed === 'OK') await this.redis.eval(DELETE_IF_EQUAL, 1, channelKey, record.id);
    throw new IncidentIdTakenError(record.id);
  }

  async get(id: string): Promise<Incident | null> {
    const key = this.keys.incident(id);
    const raw = await this.redis.get(key);
    return raw === null ? null : parseRecord(key, raw, incidentSchema);
  }

  /** Every stored incident's id, found with SCAN so that a large keyspace never blocks Redis. */
  async *incidentIds(): AsyncGenerator<string> {
    const pattern = this.keys.incident('*');
    const idOf = new RegExp(`^${escapeRegExp(this.keys.incident('\u0000')).replace('\u0000', '([^{}]+)')}$`);
    for (const node of scanTargets(this.redis)) {
      let cursor = '0';
      do {
        const [next, found] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        cursor = next;
        for (const key of found) {
          const id = idOf.exec(key)?.[1];
          if (id && INCIDENT_ID_PATTERN.test(id)) yield id;
        }
      } while (cursor !== '0');
    }
  }

  async getByChannel(channelId: string): Promise<Incident | null> {
    const id = await this.redis.get(this.keys.channelIncident(channelId));
    return id === null ? null : this.get(id);
  }

  /**
   * Read-modify-write as compare-and-set: the new record is written only if the stored one is still the one
   * `change` saw. A concurrent update (another replica, a double click) makes it run again on the fresh
   * record, so no update is lost. (WATCH would not do: it belongs to a connection, and ours is shared.)
   */
  async update(id: string, change: (incident: Incident) => Incident): Promise<Incident> {
    const key = this.keys.incident(id);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const raw = await this.redis.get(key);
      if (raw === null) throw new Error(`incident ${id} not found`);
      const next = incidentSchema.parse(change(parseRecord(key, raw, incidentSchema)));
      const written = await this.redis.eval(COMPARE_AND_SET, 1, key, raw, JSON.stringify(next));
      if (written === 1) {
        await this.indexStatus(next);
        return next;
      }
    }
    throw new Error(`incident ${id}: too much contention, update not applied`);
  }

  /**
   * The open incidents, from the open index (`keys.openIncidents`), each record read and checked: an entry
   * whose record is gone or closed (a close whose index step was cut off) is taken out as it is found. The
   * index is built from the records the first time it is asked for (`rebuildOpenIndex`), so incidents opened
   * before it existed are listed too.
   */
  async openIncidents(): Promise<Incident[]> {
    if ((await this.redis.exists(this.keys.openIncidentsIndexed())) === 0) await this.rebuildOpenIndex();
    const ids = await this.redis.zrange(this.keys.openIncidents(), 0, -1);
    // One GET per record: the records live in different hash slots, so no MGET on a cluster.
    const records = await Promise.all(ids.map((id) => this.get(id).catch(() => null)));
    const stale = ids.filter((_, i) => records[i]?.status !== 'open');
    if (stale.length) await this.redis.zrem(this.keys.openIncidents(), ...stale);
    return records.filter((r): r is Incident => r?.status === 'open');
  }

  /**
   * Builds the open index from the records themselves (SCAN, never KEYS): every open incident in, every
   * closed or unreadable one out. Run at start and whenever the index has never been built; idempotent, so
   * several replicas may run it at once. An incident closed while this runs may be added back; the next
   * `openIncidents` read takes it out again.
   */
  async rebuildOpenIndex(): Promise<{ open: number; removed: number }> {
    const open = new Set<string>();
    let removed = 0;
    for await (const id of this.incidentIds()) {
      const incident = await this.get(id).catch(() => null);
      if (incident?.status === 'open') {
        open.add(id);
        await this.indexStatus(incident);
      }
    }
    // Entries the scan did not find open are read again before they go: one opened meanwhile stays.
    const listed = await this.redis.zrange(this.keys.openIncidents(), 0, -1);
    for (const id of listed.filter((entry) => !open.has(entry))) {
      if ((await this.get(id).catch(() => null))?.status !== 'open') {
        removed += await this.redis.zrem(this.keys.openIncidents(), id);
      }
    }
    await this.redis.set(this.keys.openIncidentsIndexed(), new Date().toISOString());
    return { open: open.size, removed };
  }

  /**
   * Keeps the open index in step with a record just written. A separate command, not part of the record's
   * write: the index has its own hash slot, and a script over two slots fails on Redis Cluster. Every write
   * of the record repeats it, a read drops what it finds stale, and start-up rebuilds it, so a step cut off
   * by a crash does not last. Public for records written with their timeline entry (TimelineStore
   * appendWithRecord: a reopen).
   */
  async keepIndexed(incident: Incident): Promise<void> {
    return this.indexStatus(incident);
  }

  private async indexStatus(incident: Incident): Promise<void> {
    if (incident.status === 'open') {
      await this.redis.zadd(this.keys.openIncidents(), Date.parse(incident.openedAt), incident.id);
    } else {
      await this.redis.zrem(this.keys.openIncidents(), incident.id);
    }
  }

  /**
   * Moves one checklist item to `state.done`, atomically, and only while the incident is open. Returns false when it is already there, so a
   * double click or a retried delivery changes nothing and keeps the original who and when.
   */
  async transitionChecklistItem(id: string, itemId: string, state: ChecklistItemState): Promise<boolean> {
    const value = JSON.stringify(checklistItemStateSchema.parse(state));
    const changed = await this.redis.eval(
      TRANSITION_ITEM,
      2,
      this.keys.checklist(id),
      this.keys.incident(id),
      itemId,
      value,
      state.done ? '1' : '0',
    );
    if (changed === -1) throw closedRefusal(id, 'checklist changes');
    return changed === 1;
  }

  /**
   * A tick or untick of one item, from the stored state: no writes when the item is already there, so a double
   * click or a retried delivery changes nothing and keeps the original who and when.
   */
  async checklistItemChange(id: string, itemId: string, state: ChecklistItemState): Promise<ChecklistChange> {
    const key = this.keys.checklist(id);
    const current = await this.redis.hget(key, itemId);
    const read: ReadValue[] = [{ op: 'hget', key, field: itemId, value: current }];
    const wasDone = current !== null && checklistItemStateSchema.parse(tryParseJson(current)).done;
    if (wasDone === state.done) return { read, writes: null };
    const value = JSON.stringify(checklistItemStateSchema.parse(state));
    return { read, writes: [{ op: 'hset', key, field: itemId, value }] };
  }

  /** An item's new owner; no writes when that person already owns it. */
  async checklistOwnerChange(id: string, itemId: string, userId: string): Promise<ChecklistChange> {
    const key = this.keys.checklistOwners(id);
    const current = await this.redis.hget(key, itemId);
    const read: ReadValue[] = [{ op: 'hget', key, field: itemId, value: current }];
    return { read, writes: current === userId ? null : [{ op: 'hset', key, field: itemId, value: userId }] };
  }

  /**
   * An item the team wrote, as it will be stored: its id is `added-<n>`, n counting the items added so far. The
   * same words in the same phase again (a retry after an answer that never came) add nothing: no writes, and
   * the item already stored.
   */
  async checklistAddition(
    id: string,
    item: Omit<ChecklistItem, 'id'>,
  ): Promise<ChecklistChange & { item: ChecklistItem }> {
    const key = this.keys.checklistAdded(id);
    const added = await this.getAddedChecklistItems(id);
    const read: ReadValue[] = [{ op: 'llen', key, value: added.length }];
    const same = added.find((a) => a.phase === item.phase && a.text === item.text);
    if (same) return { read, writes: null, item: same };
    const stored = checklistItemSchema.parse({ id: `added-${added.length + 1}`, ...item });
    return { read, writes: [{ op: 'rpush', key, value: JSON.stringify(stored) }], item: stored };
  }

  /**
   * True the first time `eventKey` is seen within `ttlSeconds`: a re-delivered event (Slack retries, several
   * replicas) acts once.
   */
  async firstTime(eventKey: string, ttlSeconds: number): Promise<boolean> {
    return (await this.redis.set(this.keys.seen(eventKey), '1', 'EX', ttlSeconds, 'NX')) === 'OK';
  }

  /** Sets an item's owner, atomically and only while the incident is open; false when it already was the owner. */
  async setChecklistOwner(id: string, itemId: string, userId: string): Promise<boolean> {
    const changed = await this.redis.eval(
      SET_OWNER,
      2,
      this.keys.checklistOwners(id),
      this.keys.incident(id),
      itemId,
      userId,
    );
    if (changed === -1) throw closedRefusal(id, 'checklist changes');
    return changed === 1;
  }

  async getAddedChecklistItems(id: string): Promise<ChecklistItem[]> {
    const key = this.keys.checklistAdded(id);
    return (await this.redis.lrange(key, 0, -1)).map((raw, i) => {
      const parsed = checklistItemSchema.safeParse(tryParseJson(raw));
      if (!parsed.success) throw new CorruptRecordError(`${key}#${i}`, parsed.error.message);
      return parsed.data;
    });
  }

  async getChecklistOwners(id: string): Promise<Map<string, string>> {
    return new Map(Object.entries(await this.redis.hgetall(this.keys.checklistOwners(id))));
  }

  async getChecklist(id: string): Promise<Map<string, ChecklistItemState>> {
    const key = this.keys.checklist(id);
    const raw = await this.redis.hgetall(key);
    const states = new Map<string, ChecklistItemState>();
    for (const [itemId, value] of Object.entries(raw)) {
      const parsed = checklistItemStateSchema.safeParse(tryParseJson(value));
      if (!parsed.success) throw new CorruptRecordError(`${key}#${itemId}`, parsed.error.message);
      states.set(itemId, parsed.data);
    }
    return states;
  }
}

/** The channel is another incident's: the new record was not stored. */
export class ChannelTakenError extends Error {
  constructor(
    readonly channelId: string,
    readonly holder: string,
  ) {
    super(`channel ${channelId} already belongs to ${holder}`);
    this.name = 'ChannelTakenError';
  }
}

/** Another incident already has this id (drawn twice): nothing was stored; draw a new id and try again. */
export class IncidentIdTakenError extends Error {
  constructor(readonly incidentId: string) {
    super(`incident id ${incidentId} is taken`);
    this.name = 'IncidentIdTakenError';
  }
}

/** The stored record is the one being created (a retry), even if a later update changed other fields. */
function sameIncident(stored: string, record: Incident): boolean {
  const parsed = incidentSchema.safeParse(tryParseJson(stored));
  return parsed.success && parsed.data.channelId === record.channelId && parsed.data.openedAt === record.openedAt;
}

const DELETE_IF_EQUAL = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const COMPARE_AND_SET = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2])
  return 1
end
return 0`;

// KEYS: checklist hash, incident. Returns 1 changed, 0 already in that state, -1 the incident is closed.
const TRANSITION_ITEM = `
local incident = redis.call('GET', KEYS[2])
if incident and cjson.decode(incident).status == 'closed' then return -1 end
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then
  local done = cjson.decode(current).done
  if (done and ARGV[3] == '1') or ((not done) and ARGV[3] == '0') then return 0 end
elseif ARGV[3] == '0' then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1`;

// KEYS: owners hash, incident. Returns 1 changed, 0 already that owner, -1 the incident is closed.
const SET_OWNER = `
local incident = redis.call('GET', KEYS[2])
if incident and cjson.decode(incident).status == 'closed' then return -1 end
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
