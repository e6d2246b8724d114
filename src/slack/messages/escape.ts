import { stripBidiControls } from '../../domain/text/bidi';

/**
 * The one path for words people typed (titles, decisions, notes, agency names, facts) into anything Slack
 * parses as mrkdwn: message text and section/context text, and the channel topic. Slack reads `<…>` as
 * mentions (`<!channel>`, `<!here>`, `<!subteam^S…>`, `<@U…>`) and links (`<https://evil|click>`); escaping
 * the three control characters shows them as typed instead, notifying nobody. Bidirectional controls are
 * dropped so that nothing displays in another order than it was written.
 */
export function escapeMrkdwn(text: string): string {
  return stripBidiControls(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The inverse, for text Slack sends: it escapes its three control characters in a slash command's text as in
 * messages (`R&amp;D`), so they are read back as typed before anything is parsed or stored; otherwise a title
 * would be stored as `R&amp;D`, shown as "R&amp;D" and slugged `r-amp-d`. Mentions Slack itself wrote
 * (`<@U…|name>`) come with real brackets and are left as they are.
 */
export function slackTextAsTyped(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Words people typed into a plain_text object (a header): Slack does not parse mentions or links there, so
 * they only need the bidirectional controls dropped.
 */
export function plainUserText(text: string): string {
  return stripBidiControls(text);
}
