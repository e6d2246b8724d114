import {
  messageDecisionEntry,
  messageDecisionKey,
  pinnedMessageEntry,
  slackTsToIso,
  typedDecisionEntry,
} from '../../src/domain/timeline/decision-entry';
import { timelineEntryInputSchema } from '../../src/domain/timeline/timeline-entry';

const at = new Date('2026-11-29T12:00:00.000Z');
const message = {
  channelId: 'C0INC',
  ts: '1764417600.000200',
  author: 'U0CFO',
  text: 'Refund to card 4111111111111111',
  permalink: 'https://x.slack.com/archives/C0INC/p1764417600000200',
};

describe('decision entries', () => {
  test('a typed decision is stored masked, keyed on its words read without case or spacing', () => {
    const entry = typedDecisionEntry({ actor: 'U0A', at, text: 'Tell the customer with SSN 123-45-6789 first' });
    expect(timelineEntryInputSchema.parse(entry)).toMatchObject({
      kind: 'decision',
      actor: 'U0A',
      data: { text: 'Tell the customer with SSN XXX-XX-6789 first', source: 'command' },
    });
    const again = typedDecisionEntry({ actor: 'U0B', at, text: ' tell the customer  with SSN 123-45-6789 FIRST' });
    expect(entry.dedupeKey).toMatch(/^decision:typed:[0-9a-f]{64}$/);
    expect(again.dedupeKey).toBe(entry.dedupeKey);
    expect(typedDecisionEntry({ actor: 'U0A', at, text: 'Tell the customer last' }).dedupeKey).not.toBe(
      entry.dedupeKey,
    );
    expect(JSON.stringify(entry)).not.toContain('123-45-6789');
  });

  test('a message decision keeps author, time, link and recorder, keyed on the message', () => {
    const entry = messageDecisionEntry({ recordedBy: 'U0SCRIBE', at, message });
    expect(entry).toMatchObject({
      kind: 'decision',
      actor: 'U0SCRIBE',
      dedupeKey: messageDecisionKey('C0INC', '1764417600.000200'),
      data: {
        author: 'U0CFO',
        postedAt: '2025-11-29T12:00:00.000Z',
        permalink: message.permalink,
        text: 'Refund to card XXXXXXXXXXXX1111',
      },
    });
  });

  test('a pinned message is not a decision and has its own key', () => {
    const entry = pinnedMessageEntry({ pinnedBy: 'U0A', at, message });
    expect(entry.kind).toBe('pinned');
    expect(entry.dedupeKey).not.toBe(messageDecisionKey('C0INC', '1764417600.000200'));
  });

  test('Slack ts to ISO', () => {
    expect(slackTsToIso('1700000000.123456')).toBe('2023-11-14T22:13:20.123Z');
  });
});
