import { slackDatesIn } from '../../src/slack/messages/slack-date';

test('ISO instants in a note become Slack dates; the rest of the text stays', () => {
  expect(slackDatesIn('paused until 2023-11-01T22:00:00.000Z, then due; aware 2023-11-02T09:30Z.')).toBe(
    'paused until <!date^1698876000^{date_short_pretty} {time}|2023-11-01 22:00 UTC>, then due; aware <!date^1698917400^{date_short_pretty} {time}|2023-11-02 09:30 UTC>.',
  );
  expect(slackDatesIn('no instant on 2023-11-01')).toBe('no instant on 2023-11-01');
});
