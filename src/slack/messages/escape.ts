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
 * The inverse, for text Slack sends (a slash command with escaping on, manifest `should_escape`, and a message's
 * text): what the person typed. Slack writes what it recognised as an entity in real brackets, and escapes its
 * three control characters in everything else (`R&amp;D`); read back in that order, a `<!channel>` someone typed
 * (sent as `&lt;!channel&gt;`) stays as typed, while an `@channel` Slack recognised is read as the words
 * `@channel`, shown without notifying anyone. Otherwise a title would be stored as `R&amp;D` (slugged `r-amp-d`),
 * a link as `<https://x.example|x.example>` and shown with its brackets.
 *   - links and e-mail addresses (`<https://x.example|x.example>`, `<mailto:a@b.example|a@b.example>`): the label,
 *     which is what was typed (a bare `<https://x.example>` is the address itself); a label that is not its
 *     address (`<https://x.example/ir|the plan>`, a message's formatted link) is kept with it, so the record holds
 *     where the link led and shows the address it leads to: `the plan (https://x.example/ir)`;
 *   - channels `<#C123|legal>` → `#legal`, user groups `<!subteam^S123|@legal>` → `@legal`, `<!here>` → `@here`;
 *   - user mentions (`<@U123>`, `<@U123|dana>`) are left as Slack wrote them: `role` reads the person from them,
 *     and free text reads them as typed in the grammar (commands/incident/mentions.ts).
 */
export function slackTextAsTyped(text: string): string {
  return text
    .replace(SLACK_ENTITY, (whole, target: string, label: string | undefined) => entityAsTyped(whole, target, label))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** `<target>` or `<target|label>` as Slack writes an entity: neither part holds a bracket (Slack escapes them). */
const SLACK_ENTITY = /<([^<>|]+)(?:\|([^<>]*))?>/g;

function entityAsTyped(whole: string, target: string, label: string | undefined): string {
  if (target.startsWith('@')) return whole;
  if (target.startsWith('#')) return `#${label || target.slice(1)}`;
  if (target.startsWith('!subteam^')) return atName(label || target.slice('!subteam^'.length));
  // A date Slack formatted carries what it shows as its label.
  if (target.startsWith('!date^')) return label || target;
  // `<!here>`, `<!channel>`, `<!everyone>` (older clients add a label: `<!here|here>`).
  if (target.startsWith('!')) return atName(target.slice(1).split('^')[0] ?? '');
  const address = target.startsWith('mailto:') ? target.slice('mailto:'.length) : target;
  // A link whose words are not its address (a message's formatted link) keeps both: the record holds where it
  // led, and the address shown is the one it leads to.
  if (!label || label === address || label === address.replace(/^https?:\/\//, '')) return label || address;
  return `${label} (${address})`;
}

function atName(name: string): string {
  return name.startsWith('@') ? name : `@${name}`;
}

/**
 * Words people typed into a plain_text object (a header): Slack does not parse mentions or links there, so
 * they only need the bidirectional controls dropped.
 */
export function plainUserText(text: string): string {
  return stripBidiControls(text);
}
