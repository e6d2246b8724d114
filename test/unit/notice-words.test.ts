import { noticeWords, plainNoticeWords } from '../../src/slack/messages/obligations-message';

describe('how a notice is named in the channel', () => {
  test.each([
    [
      { recipient: 'regulator' as const, recipientName: 'competent (lead) supervisory authority' },
      'notice to the competent (lead) supervisory authority',
    ],
    [
      { recipient: 'individuals' as const, recipientName: 'each affected California resident' },
      'notice to each affected California resident',
    ],
    [
      { recipient: 'individuals' as const, recipientName: 'affected data subjects' },
      'notice to affected data subjects',
    ],
    [
      { recipient: 'media' as const, recipientName: 'prominent media outlets serving US-CA' },
      'notice to prominent media outlets serving US-CA',
    ],
    [{ recipient: 'internal' as const, recipientName: 'Breach assessment (30 days)' }, 'Breach assessment (30 days)'],
  ])('%j reads “%s”', (o, words) => {
    expect(plainNoticeWords(o)).toBe(words);
  });

  test('mrkdwn control characters in a name are escaped for blocks only', () => {
    const o = { recipient: 'regulator' as const, recipientName: 'AG <consumer> & privacy unit' };
    expect(noticeWords(o)).toBe('notice to the AG &lt;consumer&gt; &amp; privacy unit');
    expect(plainNoticeWords(o)).toBe('notice to the AG <consumer> & privacy unit');
  });
});
