import type { Incident } from '../../domain/incidents/incident';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import type { DigestItem, DigestKind } from '../../domain/reminders/reminder-digest';

/**
 * A post that failed. `notPosted` is true only when the platform certainly took nothing (a rate limit, a
 * definite refusal); a timeout or a 5xx may hide a message that went out. `permanent` means retrying cannot
 * help (channel archived, bot removed). `retryAfter` is the platform's own wait, in seconds.
 */
export class PostFailure extends Error {
  constructor(
    readonly code: string,
    readonly notPosted: boolean,
    readonly permanent: boolean,
    readonly retryAfter?: number,
  ) {
    super(`reminder post failed: ${code}`);
    this.name = 'PostFailure';
  }
}

/** One message of a digest: its own id (carried in the message metadata), what it lists, which part it is. */
export interface DigestPost {
  id: string;
  digestId: string;
  kind: DigestKind;
  items: readonly DigestItem[];
  /** 0-based, of `parts`. */
  part: number;
  parts: number;
}

/** How reminder digests reach the channel. Implemented over Slack in src/slack/adapters. */
export interface ReminderPostPort {
  /**
   * How a digest's items are split so that each message stays within the platform's limits: obligation ids,
   * per message, in order. Never empty for a non-empty list.
   */
  split(incident: Incident, kind: DigestKind, items: readonly DigestItem[], now: Date): string[][];
  /** Posts one message of a digest carrying its id in the message metadata; returns its ts. Throws PostFailure. */
  postDigest(incident: Incident, post: DigestPost, now: Date): Promise<string>;
  /** The ts of a message in the channel that carries this reminder id, posted since `sinceMs`, or null. */
  findReminderPost(channelId: string, reminderId: string, sinceMs: number): Promise<string | null>;
}

/**
 * The incident's pinned register, re-rendered as of `now` (chat.update of the same message). Its counts (overdue,
 * due in 24 h) change as clocks run out, not only when someone changes the obligations.
 */
export interface RegisterRefreshPort {
  refreshRegister(incident: Incident, records: readonly ObligationRecord[], now: Date): Promise<void>;
}
