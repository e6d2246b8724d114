import type { Redis } from 'ioredis';
import { z } from 'zod';
import { anchorSchema } from '../domain/timeline/anchor';
import { tryParseJson } from './json-record';
import type { RedisKeys } from './keys';

const anchorRecordSchema = anchorSchema.extend({ ts: z.string().min(1) });
export type AnchorRecord = z.infer<typeof anchorRecordSchema>;

/**
 * Which message in the channel is the incident's anchor, and what it said last. Only a convenience (which
 * message to update, and whether it is already current): losing it costs a new anchor message, never a
 * check, since `verify` reads the anchors from Slack.
 */
export class AnchorRecords {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async get(incidentId: string): Promise<AnchorRecord | null> {
    const raw = await this.redis.get(this.keys.anchor(incidentId));
    const parsed = anchorRecordSchema.safeParse(raw === null ? null : tryParseJson(raw));
    return parsed.success ? parsed.data : null;
  }

  async set(incidentId: string, record: AnchorRecord): Promise<void> {
    await this.redis.set(this.keys.anchor(incidentId), JSON.stringify(record));
  }
}
