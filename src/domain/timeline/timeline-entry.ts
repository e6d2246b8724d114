import { z } from 'zod';
import { instantSchema } from '../ids';

/** Everything that can happen to an incident. Corrections are new entries (`correction`), never edits. */
export const TIMELINE_KINDS = [
  'opened',
  'severity_changed',
  'facts_changed',
  'checklist_item',
  'role_assigned',
  'decision',
  'pinned',
  'obligations_computed',
  'reminder_sent',
  'notice_done',
  /** A notice marked given by mistake, open again (`/incident notified --undo`). */
  'notice_reopened',
  'summary_posted',
  'close_requested',
  'closed',
  /** Lifecycle (issue 12): renamed, status (phase) set, reopened. Severity changes are `severity_changed`. */
  'title_changed',
  'status_changed',
  'reopened',
  'correction',
] as const;
export const timelineKindSchema = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof timelineKindSchema>;

const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

/** What a caller appends. `actor` is a Slack user id, or `breachbot` for the bot's own acts. */
export const timelineEntryInputSchema = z.strictObject({
  kind: timelineKindSchema,
  actor: z.string().min(1),
  at: instantSchema,
  /** One line a reader of the record understands without the data. */
  summary: z.string().min(1).max(4000),
  data: z.record(z.string(), jsonValue).default({}),
  /**
   * Identifies the act in the outside world (a Slack message, an event delivery, a reminder job): a second
   * append with the same key is a no-op, so a duplicate delivery never makes a duplicate record.
   */
  dedupeKey: z.string().min(1).max(300).optional(),
});
export type TimelineEntryInput = z.input<typeof timelineEntryInputSchema>;

const SHA256_HEX = /^[0-9a-f]{64}$/;
/**
 * The last value the check below accepted. Entries are read in order, and each one's `prevHash` is the `hash`
 * of the one before, just checked: comparing with it answers half the checks of a whole timeline without the
 * pattern (about 3 ms of a 10,000-entry summary). Only a value that passed the pattern is ever kept here.
 */
let lastSha256Hex = '';
/**
 * 64 lowercase hex digits, the same test as `z.string().regex(...)`: as a custom check it costs about half as
 * much per value, and a 10,000-entry summary checks two per entry (about 8 ms of its parse time).
 */
const sha256HexSchema = z.custom<string>((value) => {
  if (typeof value !== 'string') return false;
  if (value === lastSha256Hex) return true;
  if (!SHA256_HEX.test(value)) return false;
  lastSha256Hex = value;
  return true;
}, 'must be 64 lowercase hex digits');

/** The stored entry, as parsed from its JSON in Redis: the input plus its place in the SHA-256 chain. */
export const timelineEntrySchema = z.strictObject({
  seq: z.number().int().nonnegative(),
  kind: timelineKindSchema,
  actor: z.string(),
  at: instantSchema,
  summary: z.string(),
  /**
   * Read back from JSON text, so every value in it is JSON already: the recursive `jsonValue` check guards what
   * a caller appends (the input schema), and repeating it (and copying the object) over every entry read was
   * most of a 10,000-entry summary's parse time. Here it must be an object, as the input schema made it.
   */
  data: z.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'data must be an object',
  ),
  dedupeKey: z.string().optional(),
  /** Hash of the previous entry; the first entry's is 64 zeros. */
  prevHash: sha256HexSchema,
  /** SHA-256 over the canonical JSON of every other field. */
  hash: sha256HexSchema,
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const GENESIS_HASH = '0'.repeat(64);

/** The timeline's head record (seq and hash of the last entry), written with each append. */
export const timelineHeadSchema = z.strictObject({
  seq: z.number().int().nonnegative(),
  hash: sha256HexSchema,
});
export type TimelineHead = z.infer<typeof timelineHeadSchema>;
