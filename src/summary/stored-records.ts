import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Incident } from '../incidents/incident';
import type { IncidentService } from '../incidents/incident-service';
import { CorruptRecordError } from '../incidents/incident-store';
import type { RedisKeys } from '../redis/keys';
import { factsSchema, type Facts } from '../regulations/facts';
import { obligationSchema } from '../regulations/obligation';
import type { TimelineStore } from '../timeline/timeline-store';
import type { ObligationProgress, SummaryInput } from './incident-summary';

const instant = z.iso.datetime({ offset: true });

/**
 * One stored obligation with its progress. The deadline feature owns this record; the summary only reads
 * it, so it accepts the progress under the names that record may use (`doneAt`, `notifiedAt`, or a
 * `done: { at, by }` object) and ignores fields it does not need, rather than failing a summary over them.
 */
const storedObligationSchema = z
  .looseObject({
    ...obligationSchema.shape,
    doneAt: instant.nullish(),
    notifiedAt: instant.nullish(),
    doneBy: z.string().nullish(),
    notifiedBy: z.string().nullish(),
    done: z.union([z.looseObject({ at: instant, by: z.string().optional() }), z.boolean()]).nullish(),
  })
  .transform((o): ObligationProgress => {
    const doneObject = typeof o.done === 'object' && o.done !== null ? o.done : null;
    const doneAt = o.doneAt ?? o.notifiedAt ?? doneObject?.at ?? null;
    const doneBy = o.doneBy ?? o.notifiedBy ?? doneObject?.by ?? undefined;
    const obligation = obligationSchema.parse(Object.fromEntries(Object.keys(obligationSchema.shape).map((k) => [k, (o as Record<string, unknown>)[k]])));
    return { obligation, doneAt, ...(doneBy ? { doneBy } : {}) };
  });

const storedObligationsSchema = z.union([
  z.looseObject({ obligations: z.array(storedObligationSchema) }).transform((r) => r.obligations),
  z.array(storedObligationSchema),
]);

/** Facts may be stored bare or wrapped with who changed them when. */
const storedFactsSchema = z.union([factsSchema, z.looseObject({ facts: factsSchema }).transform((r) => r.facts)]);

/** Null when the engine never computed obligations for the incident (no record). */
export async function readObligations(redis: Redis, keys: RedisKeys, incidentId: string): Promise<ObligationProgress[] | null> {
  const key = keys.obligations(incidentId);
  return readJson(redis, key, storedObligationsSchema);
}

/** Null when no facts were given. */
export async function readFacts(redis: Redis, keys: RedisKeys, incidentId: string): Promise<Facts | null> {
  return readJson(redis, keys.facts(incidentId), storedFactsSchema);
}

export interface SummarySources {
  redis: Redis;
  keys: RedisKeys;
  incidents: IncidentService;
  timeline: TimelineStore;
}

/** Everything the summary needs, read in parallel; the incident is passed in as already read. */
export async function loadSummaryInput(sources: SummarySources, incident: Incident, now: Date): Promise<SummaryInput> {
  const [checklistStates, timeline, facts, obligations] = await Promise.all([
    sources.incidents.checklistStates(incident),
    sources.timeline.entries(incident.id),
    readFacts(sources.redis, sources.keys, incident.id),
    readObligations(sources.redis, sources.keys, incident.id),
  ]);
  return { incident, checklistItems: sources.incidents.checklistItems(incident), checklistStates, timeline, facts, obligations, now };
}

async function readJson<T>(redis: Redis, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const raw = await redis.get(key);
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new CorruptRecordError(key, 'not JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new CorruptRecordError(key, parsed.error.message);
  return parsed.data;
}
