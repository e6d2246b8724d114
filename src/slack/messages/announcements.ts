import { type Incident, ROLE_LABELS } from '../../domain/incidents/incident';
import { SENSITIVE_KIND_LABELS } from '../../domain/privacy/sensitive-numbers';
import type { Announcement } from '../../flows/ports/chat';
import type { Block } from './block-kit';
import { type BudgetLimits, clip, MESSAGE_BUDGET } from './budget';
import { decisionRecordedMessage } from './decision-message';
import { drillMessage } from './incident-header';
import { lifecycleChangedMessage } from './lifecycle-message';
import { noticeReopenedMessage } from './notice-reopened-message';
import { factsChangedMessage, notifiedMessage, obligationsAtOpenMessage } from './obligations-message';

export interface ChannelMessage {
  text: string;
  blocks?: Block[];
  thread_ts?: string;
}

/**
 * What each announcement looks like in the channel. A drill's messages are all marked as such. Every message
 * fits Slack's limits within `limits`; a shorter form is the same call with `COMPACT_BUDGET`.
 */
export function announcementMessage(
  incident: Incident,
  a: Announcement,
  limits: BudgetLimits = MESSAGE_BUDGET,
): ChannelMessage {
  switch (a.kind) {
    case 'obligations_at_open':
      return obligationsAtOpenMessage(incident, a.records, a.now, limits);
    case 'obligations_failed':
      return drillMessage(incident, {
        text: ':warning: The notification deadlines could not be computed. Run `/incident facts` with what you know to compute them.',
      });
    case 'facts_changed':
      return factsChangedMessage(incident, a, a.now, limits);
    case 'notified':
      return notifiedMessage(incident, a.marked, a.actor, a.note, a.cancelled, limits, a);
    case 'notice_reopened':
      return noticeReopenedMessage(incident, a, limits);
    case 'decision_recorded':
      return drillMessage(incident, decisionRecordedMessage(a.entry, limits.sectionText));
    case 'role_assigned': {
      const label = ROLE_LABELS[a.role];
      const was = a.previous && a.previous !== a.userId ? ` (was <@${a.previous}>)` : '';
      const invite = a.inviteError
        ? ` :warning: Could not invite them to this channel (${clip(a.inviteError, 100)}).`
        : '';
      return drillMessage(incident, {
        text: `<@${a.userId}> is now *${label}*${was}, assigned by <@${a.by}>.${invite}`,
      });
    }
    case 'lifecycle_changed':
      return lifecycleChangedMessage(incident, a.change, a.by);
    case 'sensitive_numbers': {
      const what = joinWords(a.kinds.map((k) => SENSITIVE_KIND_LABELS[k]));
      return {
        thread_ts: a.threadTs,
        ...drillMessage(incident, {
          text:
            `:warning: <@${a.userId}>, this message seems to contain ${what}. ` +
            'Personal data should not sit in the incident channel: please delete the message and refer to the record by its last four digits or a ticket number. ' +
            'breachbot masks such numbers in decisions and summaries.',
        }),
      };
    }
  }
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
