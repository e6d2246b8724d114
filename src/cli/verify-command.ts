import type { Redis } from 'ioredis';
import { incidentIdSchema } from '../domain/ids';
import { checkAgainstAnchors } from '../domain/timeline/anchor';
import { checkHead, verifyChain } from '../domain/timeline/hash-chain';
import { type TimelineEntry, timelineEntrySchema, timelineHeadSchema } from '../domain/timeline/timeline-entry';
import { settingProblems, verifyEnvSchema } from '../runtime/env';
import { connectRedis, DEFAULT_REDIS_URL } from '../store/connection';
import { tryParseJson } from '../store/json-record';
import { RedisKeys } from '../store/keys';
import type { CliIo } from './cli-io';
import { readSlackAnchors } from './slack-anchors';

export const VERIFY_USAGE = [
  'usage: breachbot verify <incident id, e.g. INC-20261202-0KX4M> [--channel <channel id>]',
  '  reads REDIS_URL (default redis://127.0.0.1:6379) and REDIS_KEY_PREFIX (default breachbot);',
  "  with SLACK_BOT_TOKEN (and SLACK_API_URL) also compares the chain with the anchors in the incident's channel",
  "  (--channel names the channel when the incident's record is gone from Redis)",
].join('\n');

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
  // The texts as read: an entry stored in canonical form is checked by hashing its text (verifyChain).
  const check = verifyChain(entries, raw);
  if (!check.ok) return check;
  const head = headRaw === null ? null : timelineHeadSchema.safeParse(tryParseJson(headRaw));
  const cut = checkHead(entries, head === null ? null : head.success ? head.data : 'unreadable');
  if (cut) return cut;
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

/** The Redis-internal check in words; its exit code (0 intact, 1 broken or missing). */
function reportRedisCheck(io: CliIo, id: string, keys: RedisKeys, outcome: VerifyOutcome): number {
  if ('missing' in outcome) {
    io.stderr(`No incident ${id} under key prefix "${keys.prefix}".\n`);
    return 1;
  }
  if (outcome.ok) {
    io.stdout(
      `OK ${id}: ${outcome.entries} timeline entries, SHA-256 chain intact${outcome.headHash ? `; last hash ${outcome.headHash}` : ''}\n`,
    );
    return 0;
  }
  io.stdout(`BROKEN ${id}: first broken link at entry ${outcome.brokenAt} of ${outcome.entries}: ${outcome.reason}\n`);
  return 1;
}

/** The incident's channel as its record names it; null when the record is gone or unreadable. */
async function recordedChannel(redis: Redis, keys: RedisKeys, id: string): Promise<string | null> {
  const raw = await redis.get(keys.incident(id));
  const channel = (tryParseJson(raw ?? undefined) as { channelId?: unknown } | null)?.channelId;
  return typeof channel === 'string' ? channel : null;
}

/** `breachbot verify <incident>`: exit 0 when the chain holds, 1 when it is broken or cannot be read, 2 on usage errors. */
export async function runVerify(args: string[], io: CliIo): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.stdout(`${VERIFY_USAGE}\n`);
    return 0;
  }
  const channelAt = args.indexOf('--channel');
  const channelArg = channelAt >= 0 ? args[channelAt + 1] : undefined;
  const rest = channelAt >= 0 ? args.filter((_, i) => i !== channelAt && i !== channelAt + 1) : args;
  const id = incidentIdSchema.safeParse(rest[0]?.toUpperCase());
  if (rest.length !== 1 || !id.success || (channelAt >= 0 && !/^[CG][A-Z0-9]{2,}$/.test(channelArg ?? ''))) {
    io.stderr(
      `${rest.length === 0 ? 'verify needs an incident id.' : rest.length > 1 ? 'verify takes one incident id.' : !id.success ? `"${rest[0]}" is not an incident id.` : '--channel needs a channel id (C…).'}\n${VERIFY_USAGE}\n`,
    );
    return 2;
  }
  const env = verifyEnvSchema.safeParse(io.env);
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
    const token = env.data.SLACK_BOT_TOKEN;
    if (!token) {
      const code = reportRedisCheck(io, id.data, keys, outcome);
      io.stdout(
        `Only the Redis-internal check ran: set SLACK_BOT_TOKEN to compare the chain with the anchors posted in the incident channel.\n`,
      );
      return code;
    }
    const channelId = channelArg ?? (await recordedChannel(redis, keys, id.data));
    if (!channelId) {
      reportRedisCheck(io, id.data, keys, outcome);
      io.stdout(
        `BROKEN ${id.data}: the incident record is gone from Redis, so its channel is unknown; run again with --channel <channel id> to compare with its anchors.\n`,
      );
      return 1;
    }
    const anchors = await readSlackAnchors({ token, apiUrl: env.data.SLACK_API_URL }, channelId, id.data);
    const entries = await redis.lrange(keys.timeline(id.data), 0, -1);
    const hashes = entries.map((raw) => ({ hash: String((tryParseJson(raw) as { hash?: unknown } | null)?.hash) }));
    const check = checkAgainstAnchors(hashes, anchors);
    if (!check.ok) {
      io.stdout(
        `BROKEN ${id.data}: the chain in Redis does not match the ${anchors.length} anchor(s) posted in ${channelId}: ${check.problems.join('; ')}\n`,
      );
      return 1;
    }
    const redisCode = reportRedisCheck(io, id.data, keys, outcome);
    io.stdout(
      anchors.length === 0
        ? `No anchor of ${id.data} found in ${channelId}: only the Redis-internal check could run.\n`
        : `Anchors: the chain holds all ${anchors.length} anchored head(s) posted in ${channelId} (up to entry ${check.longest - 1}).\n`,
    );
    return redisCode;
  } catch (error) {
    io.stderr(`Could not read ${id.data} from Redis: ${(error as Error).message}\n`);
    return 1;
  } finally {
    redis.disconnect();
  }
}
