import { z } from 'zod';
import { incidentIdSchema } from '../ids';
import type { TimelineEntry } from './timeline-entry';

/**
 * An anchor: the timeline's state (length and head hash) written outside Redis, in the incident channel's
 * message metadata. Whoever can rewrite Redis cannot rewrite what Slack already holds; comparing the chain in
 * Redis with every anchor shows entries removed, the timeline deleted, or a rewrite with recomputed hashes.
 *
 * What it does not protect against: changes after the last anchor and before the next (the debounce window,
 * seconds), someone who can also edit or delete the bot's messages (the bot token), and a rewrite of the
 * whole history before the first anchor was posted.
 */
export const ANCHOR_EVENT_TYPE = 'breachbot_anchor';

export const anchorSchema = z.strictObject({
  incident_id: incidentIdSchema,
  /** Entries in the chain when anchored (the head is entry length − 1). */
  length: z.number().int().nonnegative(),
  head_hash: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * Set on the final summary, which is an anchor too: a message has one metadata, so the resumable close finds
   * its final summary by this field rather than by a second marker.
   */
  post: z.literal('final_summary').optional(),
});
export type Anchor = z.infer<typeof anchorSchema>;

/** The anchor for a chain as it stands; null for an empty chain (nothing to anchor). */
export function anchorFor(incidentId: string, entries: readonly Pick<TimelineEntry, 'hash'>[]): Anchor | null {
  const head = entries[entries.length - 1];
  return head ? { incident_id: incidentId, length: entries.length, head_hash: head.hash } : null;
}

export type AnchorCheck =
  | { ok: true; anchors: number; longest: number }
  | { ok: false; anchors: number; problems: string[] };

/**
 * The chain (already verified internally) against every anchor found: each anchored head must be in the chain
 * at its anchored position. A chain shorter than an anchor lost entries; a different hash there means the
 * history was rewritten; an empty chain with anchors means the timeline was deleted.
 */
export function checkAgainstAnchors(
  entries: readonly Pick<TimelineEntry, 'hash'>[],
  anchors: readonly Anchor[],
): AnchorCheck {
  const problems: string[] = [];
  if (entries.length === 0 && anchors.length > 0) {
    problems.push(`the timeline is empty, but Slack holds ${anchors.length} anchor(s) of it: it was deleted`);
  } else {
    for (const anchor of anchors) {
      const at = entries[anchor.length - 1];
      if (!at) {
        problems.push(
          `an anchor records ${anchor.length} entries, but Redis holds ${entries.length}: entries were removed`,
        );
      } else if (at.hash !== anchor.head_hash) {
        problems.push(
          `entry ${anchor.length - 1} does not have the anchored hash ${anchor.head_hash.slice(0, 12)}…: the history up to it was rewritten`,
        );
      }
    }
  }
  const longest = Math.max(0, ...anchors.map((a) => a.length));
  return problems.length > 0
    ? { ok: false, anchors: anchors.length, problems: [...new Set(problems)] }
    : { ok: true, anchors: anchors.length, longest };
}

/**
 * The anchors among messages as the chat platform returns them (with metadata): only the bot's own messages,
 * with well-formed metadata naming this incident. Another app's metadata cannot pose as an anchor.
 */
export function anchorsIn(messages: readonly unknown[], incidentId: string, botId: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const message of messages as {
    bot_id?: unknown;
    metadata?: { event_type?: unknown; event_payload?: unknown };
  }[]) {
    const meta = message?.metadata;
    if (meta?.event_type !== ANCHOR_EVENT_TYPE) continue;
    if (botId && message.bot_id !== botId) continue;
    const parsed = anchorSchema.safeParse(meta.event_payload);
    if (parsed.success && parsed.data.incident_id === incidentId) anchors.push(parsed.data);
  }
  return anchors;
}
