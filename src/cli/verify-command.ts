import type { Redis } from 'ioredis';
import { z } from 'zod';
import { incidentIdSchema } from '../domain/ids';
import { verifyChain } from '../domain/timeline/hash-chain';
import { type TimelineEntry, timelineEntrySchema } from '../domain/timeline/timeline-entry';
import { redisEnvSchema, settingProblems } from '../runtime/env';
import { connectRedis, DEFAULT_REDIS_URL } from '../store/connection';
import { tryParseJson } from '../store/json-record';
import { RedisKeys } from '../store/keys';
import type { CliIo } from './cli-io';

export const VERIFY_USAGE =
  'usage: breachbot verify <incident id, e.g. INC-20261202-0KX4M>\n  reads REDIS_URL (default redis://127.0.0.1:6379) and REDIS_KEY_PREFIX (default breachbot)';

const timelineHeadSchema = z.strictObject({
  seq: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

export type VerifyOutcome =
  | { ok: true; entries: number; headHash: string | null }
  | { ok: false; entries: number; brokenAt: number; reason: string }
  | { ok: false; missing: true };

/**
 * Re-computes an incident's timeline chain from what Redis holds, trusting nothing it reads: an entry
 * that is not JSON or not a timeline entry is a broken link too. The dedupe index is checked against the
 * list's length, and so is the head record (seq and hash of the last entry, written with it): together they
 * catch entries cut off or replaced at the end, which a chain alone cannot (its last link has no successor).
 */
export async function verifyIncidentTimeline(
  redis: Redis,
  keys: RedisKeys,
  incidentId: string,
): Promise<VerifyOutcome> {
  const [raw, incidentExists, dedupeSeqs, headRaw] = await Promise.all([
    redis.lrange(keys.timeline(incidentId), 0, -1),
    redis.exists(keys.incident(incidentId)),
    redis.hvals(keys.timelineDedupe(incidentId)),
    redis.get(keys.timelineHead(incidentId)),
  ]);
  if (raw.length === 0 && incidentExists === 0) return { ok: false, missing: true };
  const entries: TimelineEntry[] = [];
  for (const [index, text] of raw.entries()) {
    const parsed = timelineEntrySchema.safeParse(tryParseJson(text));
    if (!parsed.success)
      return {
        ok: false,
        entries: raw.length,
        brokenAt: index,
        reason: `entry ${index} is not a well-formed timeline entry`,
      };
    entries.push(parsed.data);
  }
  const check = verifyChain(entries);
  if (!check.ok) return check;
  const last = entries[entries.length - 1];
  const head = headRaw === null ? null : timelineHeadSchema.safeParse(tryParseJson(headRaw));
  if (head && (!head.success || head.data.seq !== (last?.seq ?? -1) || head.data.hash !== last?.hash)) {
    const recorded = head.success ? `entry ${head.data.seq}` : 'an unreadable head';
    return {
      ok: false,
      entries: entries.length,
      brokenAt: entries.length,
      reason: `the recorded head is ${recorded}, but the list ends at entry ${entries.length - 1}: entries were removed or replaced at the end`,
    };
  }
  const beyond = dedupeSeqs.map(Number).filter((seq) => !(seq < entries.length));
  if (beyond.length > 0) {
    return {
      ok: false,
      entries: entries.length,
      brokenAt: entries.length,
      reason: `the dedupe index refers to entry ${Math.max(...beyond)}, but only ${entries.length} exist: entries were removed from the end`,
    };
  }
  return { ok: true, entries: entries.length, headHash: entries[entries.length - 1]?.hash ?? null };
}

/** `breachbot verify <incident>`: exit 0 when the chain holds, 1 when it is broken or cannot be read, 2 on usage errors. */
export async function runVerify(args: string[], io: CliIo): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.stdout(`${VERIFY_USAGE}\n`);
    return 0;
  }
  const id = incidentIdSchema.safeParse(args[0]?.toUpperCase());
  if (args.length !== 1 || !id.success) {
    io.stderr(
      `${args.length === 0 ? 'verify needs an incident id.' : args.length > 1 ? 'verify takes one incident id.' : `"${args[0]}" is not an incident id.`}\n${VERIFY_USAGE}\n`,
    );
    return 2;
  }
  const env = redisEnvSchema.safeParse(io.env);
  if (!env.success) {
    io.stderr(`bad settings: ${settingProblems(env.error).join('; ')}\n${VERIFY_USAGE}\n`);
    return 2;
  }
  const keys = new RedisKeys(env.data.REDIS_KEY_PREFIX);
  // Fail fast: a CLI run against an unreachable Redis should say so, not retry forever.
  const redis = connectRedis(env.data.REDIS_URL ?? DEFAULT_REDIS_URL, {
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
    enableOfflineQueue: true,
  });
  redis.on('error', () => undefined);
  try {
    const outcome = await verifyIncidentTimeline(redis, keys, id.data);
    if ('missing' in outcome) {
      io.stderr(`No incident ${id.data} under key prefix "${keys.prefix}".\n`);
      return 1;
    }
    if (outcome.ok) {
      io.stdout(
        `OK ${id.data}: ${outcome.entries} timeline entries, SHA-256 chain intact${outcome.headHash ? `; last hash ${outcome.headHash}` : ''}\n`,
      );
      return 0;
    }
    io.stdout(
      `BROKEN ${id.data}: first broken link at entry ${outcome.brokenAt} of ${outcome.entries}: ${outcome.reason}\n`,
    );
    return 1;
  } catch (error) {
    io.stderr(`Could not read ${id.data} from Redis: ${(error as Error).message}\n`);
    return 1;
  } finally {
    redis.disconnect();
  }
}
