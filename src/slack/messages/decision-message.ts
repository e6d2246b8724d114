import type { TimelineEntry } from '../../domain/timeline/timeline-entry';
import { type Block, mrkdwn } from './block-kit';
import { clipMrkdwn } from './budget';
import { escapeMrkdwn } from './slack-date';

/**
 * The channel's confirmation of a stored decision: posted only after the timeline append returned. A decision
 * longer than a section is shown shortened, saying so; the timeline and the summary file hold all of it.
 */
export function decisionRecordedMessage(entry: TimelineEntry, sectionText = 2900): { text: string; blocks: Block[] } {
  const text = typeof entry.data.text === 'string' ? entry.data.text : entry.summary;
  const author = typeof entry.data.author === 'string' ? entry.data.author : null;
  const permalink = typeof entry.data.permalink === 'string' ? entry.data.permalink : null;
  const source = author ? ` from <@${author}>'s ${permalink ? `<${permalink}|message>` : 'message'}` : '';
  const lead = `:scales: *Decision recorded*${source}\n`;
  const shortened = ' _(shortened here; the timeline and the summary file keep all of it)_';
  const room = sectionText - lead.length - shortened.length;
  const full = quote(escapeMrkdwn(text));
  const quoted = full.length <= room ? full : `${clipMrkdwn(full, room)}${shortened}`;
  return {
    text: `Decision recorded by <@${entry.actor}> (timeline #${entry.seq})`,
    blocks: [
      { type: 'section', block_id: 'decision', text: mrkdwn(`${lead}${quoted}`) },
      { type: 'context', elements: [mrkdwn(`Recorded by <@${entry.actor}> · timeline #${entry.seq}`)] },
    ],
  };
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
