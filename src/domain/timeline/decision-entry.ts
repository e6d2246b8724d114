import { createHash } from 'node:crypto';
import { maskSensitiveNumbers } from '../privacy/sensitive-numbers';
import type { TimelineEntryInput } from './timeline-entry';

/** How long a decision's one-line summary gets before it is shortened; the full text is in `data.text`. */
const SUMMARY_TEXT_LENGTH = 300;

/**
 * A decision typed with `/incident decision`. The text is stored with SSN-, card- and account-like numbers
 * masked: a decision never needs the number itself, and the timeline cannot be edited later to remove it.
 */
export function typedDecisionEntry(input: { actor: string; at: Date; text: string }): TimelineEntryInput {
  const text = maskSensitiveNumbers(input.text);
  return {
    kind: 'decision',
    actor: input.actor,
    at: input.at.toISOString(),
    summary: `Decision: ${shorten(text)}`,
    data: { text, source: 'command' },
    dedupeKey: typedDecisionKey(text),
  };
}

/**
 * The same words typed as a decision twice (a double Enter, a command sent again because the first seemed slow;
 * Slack does not retry slash commands, people do) are one decision: keyed on the words, read without case or
 * spacing. Only a hash of them is kept in the key.
 */
export function typedDecisionKey(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return `decision:typed:${createHash('sha256').update(words).digest('hex')}`;
}

export interface RecordedMessage {
  channelId: string;
  ts: string;
  /** Who wrote the message: a user id, or a bot id for bot messages. */
  author: string;
  text: string;
  permalink: string | null;
}

/** The same Slack message recorded twice is one decision: the key is the message, not the request. */
export function messageDecisionKey(channelId: string, ts: string): string {
  return `decision:msg:${channelId}:${ts}`;
}

/** A message pinned twice (or a retried event) is one timeline entry. */
export function pinnedMessageKey(channelId: string, ts: string): string {
  return `pinned:msg:${channelId}:${ts}`;
}

/** A message recorded as a decision with the "Record as decision" shortcut: the author's words, who recorded them. */
export function messageDecisionEntry(input: {
  recordedBy: string;
  at: Date;
  message: RecordedMessage;
}): TimelineEntryInput {
  return messageEntry('decision', input.recordedBy, input.at, input.message);
}

/** A message added to the timeline with a :pushpin: reaction: context, not a decision. */
export function pinnedMessageEntry(input: {
  pinnedBy: string;
  at: Date;
  message: RecordedMessage;
}): TimelineEntryInput {
  return messageEntry('pinned', input.pinnedBy, input.at, input.message);
}

/** A Slack message on the timeline, masked, keyed on the message so recording it twice is one entry. */
function messageEntry(
  kind: 'decision' | 'pinned',
  actor: string,
  at: Date,
  message: RecordedMessage,
): TimelineEntryInput {
  const text = maskSensitiveNumbers(message.text);
  const decision = kind === 'decision';
  return {
    kind,
    actor,
    at: at.toISOString(),
    summary: decision
      ? `Decision (message by ${message.author}): ${shorten(text)}`
      : `Pinned message by ${message.author}: ${shorten(text)}`,
    data: {
      text,
      ...(decision ? { source: 'message' } : {}),
      author: message.author,
      postedAt: slackTsToIso(message.ts),
      channelId: message.channelId,
      messageTs: message.ts,
      permalink: message.permalink,
    },
    dedupeKey: decision
      ? messageDecisionKey(message.channelId, message.ts)
      : pinnedMessageKey(message.channelId, message.ts),
  };
}

/** Slack's message ts is seconds.micros since the epoch; the record keeps milliseconds. */
export function slackTsToIso(ts: string): string {
  return new Date(Math.floor(Number(ts) * 1000)).toISOString();
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim() || '(no text)';
  return oneLine.length > SUMMARY_TEXT_LENGTH ? `${oneLine.slice(0, SUMMARY_TEXT_LENGTH - 1)}…` : oneLine;
}
