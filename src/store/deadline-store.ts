import type { Redis } from 'ioredis';
import { z } from 'zod';
import { instantSchema } from '../domain/ids';
import type { DeadlineState } from '../domain/obligations/deadline-state';
import { obligationRecordSchema } from '../domain/obligations/obligation-record';
import { closedRefusal } from '../domain/refusals';
import { factsSchema } from '../domain/regulations/facts';
import { CorruptRecordError, parseRecord } from './json-record';
import type { RedisKeys } from './keys';
import type { ReadValue, StateWrite } from './timeline-store';

/** `keys.facts(id)`: the facts the obligations were last computed from, with who changed them when. */
export const factsRecordSchema = z.strictObject({
  version: z.number().int().positive(),
  facts: factsSchema,
  updatedAt: instantSchema,
  updatedBy: z.string().min(1),
});
export type FactsRecord = z.infer<typeof factsRecordSchema>;

/** `keys.obligations(id)`: the obligations computed from those facts, each with its progress. */
export const obligationsRecordSchema = z.strictObject({
  version: z.number().int().positive(),
  computedAt: instantSchema,
  obligations: z.array(obligationRecordSchema),
});
export type ObligationsRecord = z.infer<typeof obligationsRecordSchema>;

/** A change of the deadline state: the next state, or null to leave it as it is. */
export type DeadlineChange = (
  current: DeadlineState | null,
) => Omit<DeadlineState, 'version'> | null | Promise<Omit<DeadlineState, 'version'> | null>;

/**
 * Facts and obligations in Redis. Both keys carry the incident's hash tag, and every write replaces both at
 * once with compare-and-set against what was read, so a concurrent `facts` and `notified` never lose each
 * other's change (the loser re-runs on the fresh state).
 */
export class DeadlineStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async get(incidentId: string): Promise<DeadlineState | null> {
    return (await this.read(incidentId)).state;
  }

  /**
   * The obligations alone, for a reader that needs nothing else (a reminder digest): one key read and parsed,
   * not the facts as well (the facts of a 54-jurisdiction breach are most of the parse).
   */
  async obligations(incidentId: string): Promise<ObligationsRecord | null> {
    const key = this.keys.obligations(incidentId);
    const raw = await this.redis.get(key);
    return raw === null ? null : parseRecord(key, raw, obligationsRecordSchema);
  }

  /**
   * Read-modify-write. `change` gets the current state (null before the first write) and returns the next
   * one, or null to leave it as it is. Returns the state before and after (after = before when unchanged).
   */
  async update(
    incidentId: string,
    change: DeadlineChange,
    options: { whileOpen?: string } = {},
  ): Promise<{ before: DeadlineState | null; after: DeadlineState | null; changed: boolean }> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { state, raw } = await this.read(incidentId);
      // Awaited: the change may compute its obligations off the event loop; the compare-and-set below still
      // refuses a write over anything stored meanwhile.
      const next = await change(state);
      if (next === null) return { before: state, after: state, changed: false };
      const version = (state?.version ?? 0) + 1;
      const { facts, obligations } = records(next, version);
      const written = await this.redis.eval(
        COMPARE_AND_SET_BOTH,
        3,
        this.keys.facts(incidentId),
        this.keys.obligations(incidentId),
        this.keys.incident(incidentId),
        raw[0] ?? '',
        raw[1] ?? '',
        JSON.stringify(facts),
        JSON.stringify(obligations),
        options.whileOpen ? '1' : '0',
      );
      if (written === -1) throw closedRefusal(incidentId, options.whileOpen ?? 'changes');
      if (written === 1) return { before: state, after: { ...next, version }, changed: true };
    }
    throw new Error(`deadlines of ${incidentId}: too much contention, update not applied`);
  }

  /**
   * The same change, for TimelineStore.appendWithState to write with its timeline entries in one script:
   * the records as read, and their replacements (writes null: `change` returned null, nothing to write).
   */
  async change(
    incidentId: string,
    change: DeadlineChange,
  ): Promise<{
    before: DeadlineState | null;
    after: DeadlineState | null;
    read: ReadValue[];
    writes: StateWrite[] | null;
  }> {
    const { state, raw } = await this.read(incidentId);
    const factsKey = this.keys.facts(incidentId);
    const obligationsKey = this.keys.obligations(incidentId);
    const read: ReadValue[] = [
      { op: 'get', key: factsKey, value: raw[0] },
      { op: 'get', key: obligationsKey, value: raw[1] },
    ];
    // Awaited as in update(); appendWithState's script checks the values read before it writes.
    const next = await change(state);
    if (next === null) return { before: state, after: state, read, writes: null };
    const version = (state?.version ?? 0) + 1;
    const { facts, obligations } = records(next, version);
    return {
      before: state,
      after: { ...next, version },
      read,
      writes: [
        { op: 'set', key: factsKey, value: JSON.stringify(facts) },
        { op: 'set', key: obligationsKey, value: JSON.stringify(obligations) },
      ],
    };
  }

  private async read(
    incidentId: string,
  ): Promise<{ state: DeadlineState | null; raw: [string | null, string | null] }> {
    const factsKey = this.keys.facts(incidentId);
    const obligationsKey = this.keys.obligations(incidentId);
    const [factsRaw, obligationsRaw] = await this.redis.mget(factsKey, obligationsKey);
    const raw: [string | null, string | null] = [factsRaw ?? null, obligationsRaw ?? null];
    if (raw[0] === null && raw[1] === null) return { state: null, raw };
    if (raw[0] === null || raw[1] === null) {
      throw new CorruptRecordError(
        raw[0] === null ? factsKey : obligationsKey,
        'missing while its companion record exists',
      );
    }
    const f = parseRecord(factsKey, raw[0], factsRecordSchema);
    const o = parseRecord(obligationsKey, raw[1], obligationsRecordSchema);
    return {
      state: {
        version: o.version,
        facts: f.facts,
        factsUpdatedAt: f.updatedAt,
        factsUpdatedBy: f.updatedBy,
        computedAt: o.computedAt,
        obligations: o.obligations,
      },
      raw,
    };
  }
}

/** The two stored records of a state at `version`, each checked with its schema. */
function records(
  next: Omit<DeadlineState, 'version'>,
  version: number,
): { facts: FactsRecord; obligations: ObligationsRecord } {
  return {
    facts: factsRecordSchema.parse({
      version,
      facts: next.facts,
      updatedAt: next.factsUpdatedAt,
      updatedBy: next.factsUpdatedBy,
    }),
    obligations: obligationsRecordSchema.parse({
      version,
      computedAt: next.computedAt,
      obligations: next.obligations,
    }),
  };
}

// KEYS: facts, obligations, incident. ARGV: expected facts ('' = absent), expected obligations, new facts, new
// obligations, '1' to refuse when the incident is closed (-1). Returns 1 written, 0 changed meanwhile.
const COMPARE_AND_SET_BOTH = `
if ARGV[5] == '1' then
  local incident = redis.call('GET', KEYS[3])
  if incident and cjson.decode(incident).status == 'closed' then return -1 end
end
local f = redis.call('GET', KEYS[1]) or ''
local o = redis.call('GET', KEYS[2]) or ''
if f ~= ARGV[1] or o ~= ARGV[2] then return 0 end
redis.call('SET', KEYS[1], ARGV[3])
redis.call('SET', KEYS[2], ARGV[4])
return 1`;
