import { escapeMrkdwn, slackTextAsTyped } from '../../src/slack/messages/escape';

// Slack sends a command's and a message's text with `&`, `<`, `>` escaped; read back once, it is what was typed.
describe('text Slack sends, read as typed', () => {
  test.each([
    ['R&amp;D laptop', 'R&D laptop'],
    ['&lt;stolen&gt;', '<stolen>'],
    // Someone who typed an entity gets the entity, not the character it names.
    ['&amp;lt;b&amp;gt;', '&lt;b&gt;'],
    ['&amp;amp;', '&amp;'],
    // People Slack wrote itself keep their brackets: `role` reads the id from them.
    ['role legal <@U123|dana>', 'role legal <@U123|dana>'],
    // Everything else Slack recognised is what the person typed.
    ['see <https://x.example/a?b=1&amp;c=2>', 'see https://x.example/a?b=1&c=2'],
    ['see <http://x.example|x.example>', 'see x.example'],
    ['mail <mailto:a@b.example|a@b.example>', 'mail a@b.example'],
    // A link whose words are not its address keeps both: the words, and where it leads (shown, not hidden).
    ['see <https://wiki.example/ir|the plan>', 'see the plan (https://wiki.example/ir)'],
    ['<https://evil.example|google.com>', 'google.com (https://evil.example)'],
    ['in <#C123|legal> and <#C456>', 'in #legal and #C456'],
    ['ask <!subteam^S123|@legal> or <!subteam^S456>', 'ask @legal or @S456'],
    ['<!here> <!channel> <!everyone> <!here|here>', '@here @channel @everyone @here'],
    ['<!date^1392734382^{date}|Feb 18, 2014>', 'Feb 18, 2014'],
    // Typed as characters, Slack sent them escaped: read back as typed, not as the entity.
    ['&lt;!channel&gt; &lt;https://x.example|x&gt;', '<!channel> <https://x.example|x>'],
  ])('%j is %j', (sent, typed) => {
    expect(slackTextAsTyped(sent)).toBe(typed);
  });

  test('escaping what was typed gives back what Slack sent', () => {
    for (const typed of ['R&D <stolen> & co', '&lt; literally', 'a > b & c < d']) {
      expect(slackTextAsTyped(escapeMrkdwn(typed))).toBe(typed);
    }
  });
});
