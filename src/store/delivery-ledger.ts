import type { Redis } from 'ioredis';
import { z } from 'zod';
import { instantSchema } from '../domain/ids';
import type { RedisKeys } from './keys';

const deliveryStateSchema = z.discriminatedUnion('state', [
  /** An attempt is posting or was posting when it stopped: whether Slack took the message is not known. */
  z.strictObject({ state: z.literal('posting'), since: instantSchema, attempt: z.number().int().nonnegative() }),
  /** Posted: the message's ts in the channel. */
  z.strictObject({ state: z.literal('posted'), at: instantSchema, ts: z.string() }),
]);
export type DeliveryState = z.infer<typeof deliveryStateSchema>;

const partsSchema = z.array(z.array(z.string().min(1)));

/**
 * Which reminder digests (and parts of digests) were posted, per incident (`keys.reminderDeliveries`). The ledger is what makes a reminder
 * post exactly once across retries, restarts and any number of workers:
 *
 *   1. `beginPosting` records "posting" before the Slack call, and returns what was there: `posted` means
 *      skip; `posting` means an earlier attempt stopped at an unknown point (crash, timeout, 5xx) and the
 *      channel must be searched for the reminder's id (message metadata) before posting again;
 *   2. `markPosted` records the ts after Slack answered ok;
 *   3. `release` removes "posting" after a failure that certainly posted nothing (429, an `ok: false` answer).
 *
 * If a process dies between 1 and 2, the job is retried (BullMQ stalled-job recovery) and step 1 tells it to
 * look before posting: the message itself carries the proof.
 */
export class DeliveryLedger {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async get(incidentId: string, reminderId: string): Promise<DeliveryState | null> {
    return parseState(await this.redis.hget(this.keys.reminderDeliveries(incidentId), reminderId));
  }

  async beginPosting(
    incidentId: string,
    reminderId: string,
    attempt: number,
    now: Date,
  ): Promise<DeliveryState | null> {
    const posting: DeliveryState = { state: 'posting', since: now.toISOString(), attempt };
    const previous = (await this.redis.eval(
      BEGIN,
      1,
      this.keys.reminderDeliveries(incidentId),
      reminderId,
      JSON.stringify(posting),
    )) as string | null;
    return parseState(previous);
  }

  /**
   * Marks a message posted, and with it (`escalations`, see noteEscalations) the escalations it holds: one HSET,
   * so a burst of digests costs Redis one write per message here.
   */
  async markPosted(
    incidentId: string,
    reminderId: string,
    ts: string,
    at: Date,
    escalations: readonly string[] = [],
  ): Promise<void> {
    const posted = JSON.stringify({ state: 'posted', at: at.toISOString(), ts } satisfies DeliveryState);
    await this.redis.hset(
      this.keys.reminderDeliveries(incidentId),
      reminderId,
      posted,
      ...escalations.flatMap((id) => [id, posted]),
    );
  }

  /**
   * How many overdue escalations each obligation had posted, other than the reminder ids in `except`: what
   * REMINDER_ESCALATION_CAP is counted against. Escalations travel in digests; each one a digest posted is noted
   * under its own reminder id (`noteEscalations`), so the count stays per obligation. One read for a whole digest.
   */
  async escalationsPosted(incidentId: string, except: readonly string[]): Promise<Map<string, number>> {
    const fields = await this.redis.hkeys(this.keys.reminderDeliveries(incidentId));
    const skip = new Set(except);
    const counts = new Map<string, number>();
    const prefix = `${incidentId}|`;
    for (const id of fields) {
      if (!id.startsWith(prefix) || skip.has(id)) continue;
      const [obligationId, kind] = id.slice(prefix.length).split('|');
      if (!obligationId || !kind?.startsWith('overdue-')) continue;
      counts.set(obligationId, (counts.get(obligationId) ?? 0) + 1);
    }
    return counts;
  }

  /** Notes the escalations a digest message carried as posted (with the message's ts), each under its reminder id. */
  async noteEscalations(incidentId: string, reminderIds: readonly string[], ts: string, at: Date): Promise<void> {
    if (reminderIds.length === 0) return;
    const posted = JSON.stringify({ state: 'posted', at: at.toISOString(), ts } satisfies DeliveryState);
    await this.redis.hset(this.keys.reminderDeliveries(incidentId), ...reminderIds.flatMap((id) => [id, posted]));
  }

  /**
   * How a digest is split into messages (obligation ids per message), fixed by the first attempt: a retry posts
   * the same parts under the same ids even if the list changed meanwhile, so no part is posted twice or skipped.
   * Returns what is stored (the given split when there was none).
   */
  async fixParts(incidentId: string, digestId: string, parts: readonly (readonly string[])[]): Promise<string[][]> {
    const key = this.keys.reminderDeliveries(incidentId);
    const field = `${digestId}|parts`;
    // One round trip: set unless set, then read back whichever split won.
    const replies = await this.redis.multi().hsetnx(key, field, JSON.stringify(parts)).hget(key, field).exec();
    const raw = replies?.[1]?.[1];
    const stored = partsSchema.safeParse(JSON.parse(typeof raw === 'string' ? raw : 'null'));
    if (!stored.success) throw new Error('reminder digest parts do not match their schema');
    return stored.data;
  }

  /** Forgets a "posting" marker (never a "posted" one) after a failure that posted nothing. */
  async release(incidentId: string, reminderId: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keys.reminderDeliveries(incidentId), reminderId);
  }
}

function parseState(raw: string | null): DeliveryState | null {
  if (raw === null) return null;
  const parsed = deliveryStateSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error('reminder delivery record does not match its schema');
  return parsed.data;
}

// Returns the previous value; writes "posting" when there was nothing. An existing "posting" marker is kept
// as it is, so its `since` stays the first attempt's and the search for a posted message looks back far enough.
const BEGIN = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then return current end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return current`;

const RELEASE = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current and cjson.decode(current).state == 'posting' then redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0`;
