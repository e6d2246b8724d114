import { itemsForSeverity } from '../../src/domain/checklist/checklist';
import { CHECKLIST_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import type { Incident } from '../../src/domain/incidents/incident';
import { buildIncidentSummary } from '../../src/domain/summary/incident-summary';
import { summaryMarkdown } from '../../src/domain/summary/markdown';
import { entryHash } from '../../src/domain/timeline/hash-chain';
import { GENESIS_HASH, type TimelineEntry } from '../../src/domain/timeline/timeline-entry';
import { MAX_BLOCKS_PER_MESSAGE } from '../../src/slack/messages/block-kit';
import { closeConfirmationBlocks } from '../../src/slack/messages/close-confirmation';
import { summaryBlocks } from '../../src/slack/messages/summary-message';
import { checkBlocks } from '../support/slack-simulator/block-limits';

const incident: Incident = {
  id: 'INC-9',
  title: 'Long incident',
  severity: 'sev2',
  status: 'open',
  drill: true,
  drillSpeed: 1,
  channelId: 'C0INC9',
  channelName: 'drill-20261129-long',
  openedBy: 'U0A',
  openedAt: '2026-11-29T10:00:00.000Z',
  discoveredAt: '2026-11-29T09:00:00.000Z',
  roles: { commander: 'U0A' },
  regimes: [],
  checklistTemplate: DEFAULT_TEMPLATE_ID,
  inviteFailures: [],
};

function longTimeline(n: number): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (let i = 0; i < n; i += 1) {
    const body = {
      seq: i,
      kind: 'decision' as const,
      actor: 'U0A',
      at: new Date(Date.UTC(2026, 10, 29, 10, i % 60, i % 60)).toISOString(),
      summary: `Decision number ${i} with some words to make it long enough`,
      data: { text: `Decision number ${i} with some words to make it long enough`, source: 'command' },
      prevHash: out[i - 1]?.hash ?? GENESIS_HASH,
    };
    out.push({ ...body, hash: entryHash(body) });
  }
  return out;
}

describe('summary message (Block Kit)', () => {
  const summary = buildIncidentSummary({
    incident,
    checklistItems: itemsForSeverity(CHECKLIST_TEMPLATES.get(DEFAULT_TEMPLATE_ID)!, 'sev2'),
    checklistStates: new Map(),
    timeline: longTimeline(1000),
    facts: null,
    obligations: null,
    now: new Date('2026-11-30T10:00:00.000Z'),
  });
  const blocks = summaryBlocks(summary, { final: false, fileName: 'INC-9-summary.md' });

  test('fits Slack limits and says what it left out, pointing at the file', () => {
    expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
    for (const block of blocks) {
      if (block.type === 'section' && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
    }
    const decisions = blocks.find((b) => b.block_id === 'summary-decisions');
    expect(decisions?.type === 'section' && decisions.text?.text).toMatch(
      /…and \d+ more decisions in the attached file `INC-9-summary.md`/,
    );
    const timeline = blocks.find((b) => b.block_id === 'summary-timeline');
    expect(timeline?.type === 'section' && timeline.text?.text).toMatch(
      /…and \d+ more earlier entries in the attached file/,
    );
  });

  test('marks a drill and says no obligations were computed', () => {
    expect(JSON.stringify(blocks)).toContain('EXERCISE');
    expect(JSON.stringify(blocks)).toContain('No obligations computed.');
  });

  test('the Markdown file has every one of the 1000 decisions', () => {
    const md = summaryMarkdown(summary);
    for (let i = 0; i < 1000; i += 1) expect(md).toContain(`Decision number ${i} with`);
  });

  test('the close confirmation carries the incident on both buttons and lists what is open', () => {
    const open = [
      {
        id: 'gdpr/regulator',
        regime: 'gdpr',
        jurisdiction: 'EU',
        recipientName: 'Supervisory authority',
        deadline: '72 hours',
        citation: 'GDPR 33',
        dueAt: '2026-12-01T09:00:00.000Z',
        status: 'open' as const,
        doneAt: null,
        doneBy: null,
        notes: [],
      },
    ];
    const question = closeConfirmationBlocks('INC-9', open);
    const actions = question.find((b) => b.type === 'actions');
    expect(
      actions?.type === 'actions' &&
        actions.elements.map((e) => (e.type === 'button' ? [e.action_id, JSON.parse(e.value ?? '')] : [e.type])),
    ).toEqual([
      ['incident_close_confirm', { incidentId: 'INC-9' }],
      ['incident_close_cancel', { incidentId: 'INC-9' }],
    ]);
    expect(JSON.stringify(question)).toContain('gdpr/regulator');
  });
});

test('a history rewritten under many anchors still gives a summary message Slack accepts, the file holding every problem', () => {
  const timeline = longTimeline(400);
  const summary = buildIncidentSummary({
    incident,
    checklistItems: [],
    checklistStates: new Map(),
    timeline,
    facts: null,
    obligations: null,
    now: new Date('2026-11-30T10:00:00.000Z'),
  });
  // What checkAgainstAnchors says of each of 40 anchors after the history before them was rewritten.
  const problems = Array.from(
    { length: 40 },
    (_, i) =>
      `entry ${i * 10 + 9} does not have the anchored hash ${'f'.repeat(12)}…: the history up to it was rewritten`,
  );
  const rewritten = {
    ...summary,
    integrity: { ...summary.integrity, anchors: { ok: false as const, anchors: 40, problems } },
  };
  const blocks = summaryBlocks(rewritten, { final: true, fileName: 'INC-9-final-summary.md' });
  expect(checkBlocks(blocks, 'message')).toEqual({ ok: true });
  const integrity = JSON.stringify(blocks.find((b) => b.block_id === 'summary-integrity'));
  expect(integrity).toContain('Does NOT match the anchors');
  expect(integrity).toContain('INC-9-final-summary.md');
  expect(summaryMarkdown(rewritten)).toContain(problems[39]);
});
