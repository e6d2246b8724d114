import type { FactsUpdate } from '../../flows/update-facts';
import { type Block, mrkdwn } from './block-kit';
import { factsStoredNotPostedText, registerNotShownText } from './command-replies';
import { escapeMrkdwn } from './escape';
import { factsFormButton } from './facts-form-button';

/**
 * What the person who changed the facts (by command or by the form) is told privately, or null when the
 * channel post says it all: nothing changed, or the change is stored but a post did not go out.
 */
export function factsUpdateAnswer(result: FactsUpdate): string | null {
  if (!result.changed) return 'Those facts are already recorded; nothing changed.';
  if (!result.announced.posted) {
    return factsStoredNotPostedText(result.incident, { ...result, code: result.announced.code });
  }
  if (!result.register.shown && result.register.code !== 'no_obligations') {
    return `The facts are stored. ${registerNotShownText(result.register.code)}`;
  }
  return null;
}

/**
 * `/incident facts show`: the command(s) that recreate the facts, one code block each (a section holds 3,000
 * characters; `factsAsCommands` keeps each part under that), and the button that opens the form.
 */
export function factsShowReply(incidentId: string, commands: readonly string[]): { text: string; blocks: Block[] } {
  const parts = commands.length > 1 ? ` in ${commands.length} parts, run in order` : '';
  const lead = `The facts of *${incidentId}*, as the command that records them${parts}:`;
  return {
    text: `The facts of ${incidentId}`,
    blocks: [
      { type: 'section', block_id: 'facts-show', text: mrkdwn(lead) },
      ...commands.map(
        (c, i): Block => ({
          type: 'section',
          block_id: `facts-show-${i + 1}`,
          text: mrkdwn(`\`\`\`${escapeMrkdwn(c)}\`\`\``),
        }),
      ),
      { type: 'actions', block_id: 'facts-show-actions', elements: [factsFormButton(incidentId)] },
    ],
  };
}
