import type { TimelineEntry } from '../../domain/timeline/timeline-entry';
import { type Block, mrkdwn } from './block-kit';
import { escapeMrkdwn } from './slack-date';

/** The channel's confirmation of a stored decision: posted only after the timeline append returned. */
export function decisionRecordedMessage(entry: TimelineEntry): { text: string; blocks: Block[] } {
  const text = typeof entry.data.text === 'string' ? entry.data.text : entry.summary;
  const author = typeof entry.data.author === 'string' ? entry.data.author : null;
  const permalink = typeof entry.data.permalink === 'string' ? entry.data.permalink : null;
  const source = author ? ` from <@${author}>'s ${permalink ? `<${permalink}|message>` : 'message'}` : '';
  const quoted = escapeMrkdwn(text)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
  return {
    text: `Decision recorded by <@${entry.actor}> (timeline #${entry.seq})`,
    blocks: [
      { type: 'section', block_id: 'decision', text: mrkdwn(`:scales: *Decision recorded*${source}\n${quoted}`) },
      { type: 'context', elements: [mrkdwn(`Recorded by <@${entry.actor}> · timeline #${entry.seq}`)] },
    ],
  };
}
