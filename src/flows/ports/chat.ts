import type { OpenStep } from '../../domain/acts/open-act';
import type { ChecklistItem, ChecklistItemState, ChecklistOwners } from '../../domain/checklist/checklist';
import type { Incident, Role } from '../../domain/incidents/incident';
import type { LifecycleChange } from '../../domain/incidents/incident-lifecycle';
import type { ObligationDiff } from '../../domain/obligations/obligation-diff';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import type { SensitiveKind } from '../../domain/privacy/sensitive-numbers';
import type { IncidentSummary } from '../../domain/summary/incident-summary';
import type { RecordedMessage } from '../../domain/timeline/decision-entry';
import type { TimelineEntry } from '../../domain/timeline/timeline-entry';

/** Someone who could not be brought into the incident channel, and Slack's reason. */
export interface InviteFailure {
  user: string;
  error: string;
}

/** The checklist as stored: what the channel's checklist message shows. */
export interface ChecklistView {
  items: ChecklistItem[];
  states: Map<string, ChecklistItemState>;
  /** itemId → owner's user id; absent: no owners yet. */
  owners?: ChecklistOwners;
}

/**
 * What a flow tells an incident channel, by meaning. The chat adapter renders each one (Block Kit in Slack);
 * flows never build messages.
 */
export type Announcement =
  | { kind: 'obligations_at_open'; records: readonly ObligationRecord[]; now: Date }
  | { kind: 'obligations_failed' }
  | { kind: 'facts_changed'; actor: string; factsChanged: string[]; diff: ObligationDiff; now: Date }
  | {
      kind: 'notified';
      marked: readonly ObligationRecord[];
      actor: string;
      note?: string;
      cancelled: number;
      /** When the notices went out, when it was given (`--at`); else they went out as they were recorded. */
      sentAt?: string;
      /** Who gave them, when not the person who recorded them. */
      by?: string;
    }
  | {
      kind: 'notice_reopened';
      reopened: readonly ObligationRecord[];
      actor: string;
      note?: string;
      rescheduled: number;
    }
  | { kind: 'decision_recorded'; entry: TimelineEntry }
  | { kind: 'role_assigned'; role: Role; userId: string; previous: string | null; by: string; inviteError?: string }
  | { kind: 'sensitive_numbers'; userId: string; threadTs: string; kinds: SensitiveKind[] }
  | { kind: 'lifecycle_changed'; change: LifecycleChange; by: string };

/**
 * A channel post the platform did not take, after the adapter's own retries and shorter form. `code` is the
 * platform's reason (`msg_blocks_too_long`, `rate_limited`, `http_503`, `request_failed` …): ids and codes
 * only, safe to log and to tell.
 */
export class ChatPostFailure extends Error {
  constructor(
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`chat post failed: ${code}`, options);
    this.name = 'ChatPostFailure';
  }
}

/**
 * The bot's own posts an act makes. Each carries its incident and kind in the message's metadata, so an act
 * resumed after a crash (or after an ambiguous answer) finds the post instead of posting it again.
 */
export type ActPost = 'header' | 'checklist' | 'obligations' | 'final_summary' | 'register' | 'obligations_failed';

/** What the person who ran `/incident open` is told, by meaning (the adapter words it). */
export type OpenReply =
  | {
      kind: 'opened';
      incident: Incident;
      inviteFailures: number;
      deadlines: { open: number; announced: { posted: true } | { posted: false; code: string } } | null;
    }
  | {
      kind: 'unfinished';
      incidentId: string;
      channelId: string | null;
      done: OpenStep[];
      pending: OpenStep[];
      /** What stopped the run (the platform's error): the adapter words it (timeout, rate limited, 5xx …). */
      cause: unknown;
    }
  | { kind: 'refused'; incidentId: string; message: string };

/**
 * The chat platform as the flows need it. Implemented over Slack's Web API in src/slack/adapters; tests give
 * flows a fake. Every method may throw on a platform failure; flows decide what a failure means.
 */
export interface ChatPort {
  /** Whether the person is in the channel now (asked each time: people leave and are removed). */
  isMember(channelId: string, userId: string): Promise<boolean>;
  /** A new private channel, or 'name_taken' (an archived channel's name too: never reused). */
  createPrivateChannel(name: string): Promise<{ id: string; name: string } | 'name_taken'>;
  /** User ids as given; user-group ids expanded to their current members. */
  expandResponders(ids: readonly string[]): Promise<string[]>;
  /** Invites everyone it can; returns who could not be invited. */
  invite(channelId: string, users: readonly string[]): Promise<InviteFailure[]>;
  setTopic(incident: Incident): Promise<void>;
  /**
   * The private channel of that name the bot created, if it exists (archived ones excluded): how an open
   * that may have created its channel finds it.
   */
  findOwnPrivateChannel(name: string): Promise<{ id: string; name: string } | null>;
  /** The id of the act's post of that kind in the channel, posted since `sinceMs`, or null. */
  findActPost(channelId: string, incidentId: string, post: ActPost, sinceMs: number): Promise<string | null>;
  /** Answers the person through the request's reply address; false when it is gone (expired, used up). */
  answerOpen(responseUrl: string, reply: OpenReply): Promise<boolean>;
  /** Answers the person by direct message (the declare modal has no reply address); false when it did not go. */
  answerOpenDirect(userId: string, reply: OpenReply): Promise<boolean>;
  /** Posts the incident header; its message id, to pin and re-render. */
  postHeader(incident: Incident): Promise<string | null>;
  refreshHeader(incident: Incident): Promise<void>;
  pin(channelId: string, messageTs: string): Promise<void>;
  postChecklist(incident: Incident, view: ChecklistView): Promise<string | null>;
  refreshChecklist(incident: Incident, view: ChecklistView): Promise<void>;
  /**
   * Posts the announcement in the incident channel; when the platform refuses it for its size, once more in a
   * shorter form. Throws ChatPostFailure when it still did not go out.
   */
  announce(incident: Incident, announcement: Announcement, post?: ActPost): Promise<void>;
  /**
   * Attaches the summary's Markdown file alone (a resumed close whose summary message is already posted).
   * `started` is told the file's id once the platform gave one and before the file is shared: an act records
   * it, so a run cut off while sharing can tell whether the file reached the channel.
   */
  uploadSummaryFile(
    incident: Incident,
    file: { name: string; markdown: string; final: boolean },
    started?: (fileId: string) => Promise<void>,
  ): Promise<string | null>;
  /** Whether a message in the channel since `sinceMs` carries the file (it was shared there, and not deleted since). */
  findSharedFile(channelId: string, fileId: string, sinceMs: number): Promise<boolean>;
  /**
   * Deletes a file the bot uploaded, so that it can never reach a channel: a share of it still on its way (sent
   * by a process that died) then shares nothing, and where it landed already it is taken out. A file already
   * gone counts as done; throws ChatPostFailure when the platform did not delete it.
   */
  discardFile(fileId: string): Promise<void>;
  /**
   * Posts the summary and attaches the full Markdown file (`started`: as for uploadSummaryFile). A file that did
   * not attach is answered with the platform's reason, and `fileUnsettled` when its share got no clear answer
   * (no answer in time, a 5xx): it may be in the channel already, or get there later.
   */
  postSummary(
    incident: Incident,
    summary: IncidentSummary,
    file: { name: string; markdown: string; final: boolean },
    started?: (fileId: string) => Promise<void>,
  ): Promise<{
    messageTs: string | null;
    fileId: string | null /** Why the file did not attach, when it did not. */;
    fileError?: string;
    fileUnsettled?: boolean;
  }>;
  /** A message as the platform holds it now, or null when it cannot be read. */
  readMessage(channelId: string, ts: string): Promise<RecordedMessage | null>;
  permalink(channelId: string, ts: string): Promise<string | null>;
  /** Posts the notification register; its message id, to pin and update in place. */
  postRegister(incident: Incident, records: readonly ObligationRecord[], now: Date): Promise<string | null>;
  /** Updates the register in place (chat.update of the same message). */
  refreshRegister(incident: Incident, records: readonly ObligationRecord[], now: Date): Promise<void>;
  /** Display names by user id, for files read outside Slack (cached); optional: without it, files show ids. */
  userNames?(userIds: readonly string[]): Promise<Map<string, string>>;
  /** The person's IANA time zone as the platform holds it (cached by the adapter), or null when it cannot be read. */
  userTimeZone(userId: string): Promise<string | null>;
}
