import { parseIncidentCommand } from '../../commands/incident/grammar';
import { readDeclareSubmission } from '../../src/slack/adapters/declare-view';
import { DECLARE_BLOCKS } from '../../src/slack/messages/declare-modal';

/**
 * A title needs a word. "Same person, same title (punctuation aside) within a minute" is how a repeated open is
 * recognised, so titles with no letter or digit ("!!!", "“”", bidirectional controls alone) would all be the
 * same open: a second, different incident declared that way was answered "You opened this a moment ago" and
 * not made. Both ways in refuse them, and a title is measured as it will be stored (controls dropped).
 */
const now = new Date('2026-12-02T12:00:00Z');
const submitted = (title: string) => ({
  [DECLARE_BLOCKS.title]: { value: { type: 'plain_text_input', value: title } },
  [DECLARE_BLOCKS.severity]: { value: { type: 'static_select', selected_option: { value: 'sev2' } } },
  [DECLARE_BLOCKS.discovered]: {
    value: { type: 'datetimepicker', selected_date_time: Math.floor(now.getTime() / 1000) - 60 },
  },
});

describe.each(['!!!', '“”', '\u202E\u202C', '\u200B', '— …'])('the title %j', (title) => {
  test('is refused on the declare form’s title field', () => {
    const read = readDeclareSubmission(submitted(title), now, 'UTC');
    expect(read).toEqual({ ok: false, errors: { [DECLARE_BLOCKS.title]: expect.stringMatching(/a title/i) } });
  });

  test('opens no incident by /incident open (refused, or the declare form when nothing is left of it)', () => {
    const parsed = parseIncidentCommand(`open ${title}`, now);
    if (parsed.ok) expect(parsed.command.name).toBe('declare');
    else expect(parsed.error).toContain('needs a word');
  });
});

test('/incident open !!! says what a title needs and that the form is there', () => {
  expect(parseIncidentCommand('open !!! --severity sev2', now)).toMatchObject({
    ok: false,
    error: expect.stringMatching(/^A title needs a word .*`\/incident open` alone opens the declare form\.$/),
  });
});

test('a title is measured without the bidirectional controls the record drops', () => {
  const read = readDeclareSubmission(submitted(`${'A'.repeat(199)}\u202E\u202E`), now, 'UTC');
  expect(read.ok && read.fields.title).toBe('A'.repeat(199));
});

test('a title with a word among punctuation still opens', () => {
  expect(parseIncidentCommand('open !!! Vendor breach !!!', now)).toMatchObject({
    ok: true,
    command: { name: 'open', title: '!!! Vendor breach !!!' },
  });
  expect(readDeclareSubmission(submitted('“7”'), now, 'UTC')).toMatchObject({ ok: true, fields: { title: '“7”' } });
});
