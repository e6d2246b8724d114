/**
 * People in a command's text, as Slack sends them with escaping on (manifest `should_escape`): `<@U123|dana>`,
 * or `<@U123>` without the name. `W…` ids are Enterprise Grid users.
 */
const USER_MENTION = /<@([UW][A-Z0-9]+)(?:\|([^<>]*))?>/g;

/** One mention standing alone (`role legal @dana`): the user id, or null when the word is not one. */
export function mentionedUser(word: string | undefined): string | null {
  const match = /^<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>$/.exec(word ?? '');
  return match?.[1] ?? null;
}

/** The people a text mentions, each once, in order. */
export function mentionedUsers(text: string): string[] {
  return [...new Set([...text.matchAll(USER_MENTION)].map((m) => m[1] ?? ''))];
}

/**
 * Free text (a title, a decision, a reason, a note) as the person typed it: `@dana` where they mentioned Dana.
 * Stored and shown as words, so the bot's echo notifies nobody. A message's text carries no name (`<@U123>`):
 * `names` gives one where it was looked up; otherwise the id is the only name there is to show.
 */
export function mentionsAsTyped(text: string, names: ReadonlyMap<string, string> = new Map()): string {
  return text.replace(
    USER_MENTION,
    (_whole, id: string, label: string | undefined) => `@${names.get(id) || label || id}`,
  );
}
