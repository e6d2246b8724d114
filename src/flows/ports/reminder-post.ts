import type { Incident } from '../../domain/incidents/incident';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import type { PlannedReminder } from '../../domain/reminders/reminder-plan';

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

/** `finalOfCap`: this escalation is the last the cap allows; the post says escalations stop. */
export interface ReminderPostOptions {
  finalOfCap?: number;
}

/** How reminders reach the channel. Implemented over Slack in src/slack/adapters. */
export interface ReminderPostPort {
  /** Posts the reminder carrying its id in the message metadata; returns the message ts. Throws PostFailure. */
  postReminder(
    incident: Incident,
    obligation: ObligationRecord,
    reminder: PlannedReminder,
    now: Date,
    options?: ReminderPostOptions,
  ): Promise<string>;
  /** The ts of a message in the channel that carries this reminder id, posted since `sinceMs`, or null. */
  findReminderPost(channelId: string, reminderId: string, sinceMs: number): Promise<string | null>;
}
