import { escapeMrkdwn, slackTextAsTyped } from '../../src/slack/messages/escape';

// Slack sends a command's and a message's text with `&`, `<`, `>` escaped; read back once, it is what was typed.
describe('text Slack sends, read as typed', () => {
  test.each([
    ['R&amp;D laptop', 'R&D laptop'],
    ['&lt;stolen&gt;', '<stolen>'],
    // Someone who typed an entity gets the entity, not the character it names.
    ['&amp;lt;b&amp;gt;', '&lt;b&gt;'],
    ['&amp;amp;', '&amp;'],
    // Mentions Slack wrote itself keep their brackets.
    ['role legal <@U123|dana>', 'role legal <@U123|dana>'],
  ])('%j is %j', (sent, typed) => {
    expect(slackTextAsTyped(sent)).toBe(typed);
  });

  test('escaping what was typed gives back what Slack sent', () => {
    for (const typed of ['R&D <stolen> & co', '&lt; literally', 'a > b & c < d']) {
      expect(slackTextAsTyped(escapeMrkdwn(typed))).toBe(typed);
    }
  });
});
