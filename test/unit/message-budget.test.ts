/**
 * Every message the bot builds fits Slack's limits for the motivating case: the Mr. Cooper breach
 * (examples/mr-cooper.json: ~130 obligations across 54 US jurisdictions). Checked with the simulator's own
 * validator (test/support/slack-simulator/block-limits.ts), so "fits" means what the simulator and Slack accept.
 */
import { itemsForSeverity } from '../../src/domain/checklist/checklist';
import { CHECKLIST_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import { incidentClock, newIncident } from '../../src/domain/incidents/incident';
import { computeWithCatalog } from '../../src/domain/obligations/catalog-engine';
import { freshRecord, type ObligationRecord } from '../../src/domain/obligations/obligation-record';
import type { Facts } from '../../src/domain/regulations/facts';
import { digestItems, digestsOf } from '../../src/domain/reminders/reminder-digest';
import { planIncident } from '../../src/domain/reminders/reminder-plan';
import { buildIncidentSummary, summariseObligations } from '../../src/domain/summary/incident-summary';
import { announcementMessage } from '../../src/slack/messages/announcements';
import { Budget, blocksText, COMPACT_BUDGET, clip, listOrSummarise, packLines } from '../../src/slack/messages/budget';
import { closeConfirmationBlocks } from '../../src/slack/messages/close-confirmation';
import { incidentHeaderBlocks } from '../../src/slack/messages/incident-header';
import { deadlinesReply } from '../../src/slack/messages/obligations-message';
import { digestMessage, splitDigest } from '../../src/slack/messages/reminder-message';
import { summaryBlocks } from '../../src/slack/messages/summary-message';
import { BLOCK_LIMITS, checkBlocks } from '../support/slack-simulator/block-limits';

const mrCooper = require('../../examples/mr-cooper.json') as Omit<Facts, 'discoveredAt'> & { discoveredAt: string };

const openedAt = new Date('2026-11-29T10:00:00.000Z');
const incident = newIncident(
  'INC-42',
  {
    title: 'Mortgage servicer: 14.6 M customers, SSNs and bank accounts',
    severity: 'sev1',
    regimes: [],
    drill: false,
    speed: 1,
    openedBy: 'UALICE',
    openedAt,
  },
  { id: 'C0INC42', name: 'inc-20261129-mortgage' },
  DEFAULT_TEMPLATE_ID,
);
const facts: Facts = {
  discoveredAt: incident.discoveredAt,
  entityTypes: mrCooper.entityTypes,
  dataTypes: mrCooper.dataTypes,
  encrypted: false,
  affected: mrCooper.affected,
  judgments: mrCooper.judgments,
};
const records: ObligationRecord[] = computeWithCatalog(facts, []).map(freshRecord);
const now = new Date(openedAt.getTime() + 60_000);

/** Blocks accepted by the simulator's validator as a message, with the figures a reader wants. */
function accepted(message: { text: string; blocks?: readonly unknown[] }) {
  const verdict = checkBlocks(message.blocks ?? [], 'message');
  expect(verdict).toEqual({ ok: true });
  expect(message.text.length).toBeLessThanOrEqual(BLOCK_LIMITS.messageText);
  return { blocks: message.blocks?.length ?? 0, chars: blocksText(message.blocks ?? []) };
}

test('the Mr. Cooper facts bring more than a hundred obligations in 54 jurisdictions', () => {
  expect(records.length).toBeGreaterThan(100);
  expect(new Set(records.map((r) => r.jurisdiction)).size).toBeGreaterThanOrEqual(54);
});

describe('each message about all of them fits, and summarises what it does not list', () => {
  const diff = { added: records, moved: [], removed: [], affectedIds: [] };

  test.each([
    ['facts changed', { kind: 'facts_changed' as const, actor: 'UALICE', factsChanged: ['data: ssn'], diff, now }],
    ['obligations at open', { kind: 'obligations_at_open' as const, records, now }],
    ['notified', { kind: 'notified' as const, marked: records, actor: 'UALICE', cancelled: 300 }],
  ])('%s', (_name, announcement) => {
    for (const limits of [undefined, COMPACT_BUDGET]) {
      const message = announcementMessage(incident, announcement, limits);
      const figures = accepted(message);
      expect(figures.chars).toBeLessThanOrEqual((limits ?? { totalText: 9000 }).totalText);
      const text = JSON.stringify(message.blocks);
      expect(text).toMatch(/…and \d+ more/);
      expect(text).toContain('/incident deadlines');
      // The rest is counted by recipient kind (with its due range, for notices still to give).
      expect(text).toMatch(
        announcement.kind === 'notified'
          ? /\d+ regulator notices given/
          : /\d+ (regulator notices|notices to individuals)[^"]*, due /,
      );
    }
  });

  test('a note at its limit made only of characters Slack escapes (`&`, `<`, newlines) still fits its section', () => {
    for (const note of ['&'.repeat(2000), '<>'.repeat(1000), '\n'.repeat(2000), '🔥'.repeat(1000)]) {
      const message = announcementMessage(incident, {
        kind: 'notified',
        marked: records.slice(0, 1),
        actor: 'UALICE',
        note,
        cancelled: 1,
      });
      accepted(message);
      const lead = JSON.stringify(message.blocks?.[0]);
      // Shortened whole: no entity cut in two (`&am…`), no emoji cut into half a surrogate pair.
      expect(lead).not.toMatch(/&[a-z]*…/);
      expect(lead).not.toMatch(/\\ud83d…/);
    }
  });

  test('a close reason of 500 `&` in the header is shortened as sent, never inside an entity', () => {
    const closedOne = {
      ...incident,
      status: 'closed' as const,
      closedAt: now.toISOString(),
      closeReason: '&'.repeat(500),
    };
    const header = JSON.stringify(incidentHeaderBlocks(closedOne));
    expect(header).toContain('&amp;&amp;');
    expect(header).not.toMatch(/&[a-z]*…/);
  });

  test('the drill banner is inside the budget too', () => {
    const drill = { ...incident, drill: true, drillSpeed: 60 };
    accepted(announcementMessage(drill, { kind: 'obligations_at_open', records, now }));
  });

  test('/incident deadlines: overdue and next 24 h one by one, the rest by due day, the done ones counted', () => {
    const done = records.map((r, i) =>
      i % 3 === 0 ? { ...r, doneAt: now.toISOString(), doneBy: 'UBOB', doneNote: 'letter mailed' } : r,
    );
    const later = new Date(openedAt.getTime() + 6 * 24 * 3600_000);
    const reply = deadlinesReply(incident, done, later);
    accepted(reply);
    const text = JSON.stringify(reply.blocks);
    expect(text).toContain('Overdue and due in the next 24 h');
    expect(text).toContain(':rotating_light:');
    expect(text).toMatch(/Later \(\d+\)/);
    expect(text).toMatch(/\d+ regulator notices/);
    expect(text).toMatch(/Done \(\d+\)/);
  });

  test('the close confirmation lists the first and counts the rest', () => {
    const outstanding = summariseObligations(records, incidentClock(incident), now);
    const blocks = closeConfirmationBlocks(incident.id, outstanding);
    accepted({ text: 'close?', blocks });
    expect(JSON.stringify(blocks)).toMatch(/…and \d+ more[^"]*\/incident deadlines/);
  });

  test('the summary', () => {
    const summary = buildIncidentSummary({
      incident,
      checklistItems: itemsForSeverity(CHECKLIST_TEMPLATES.get(DEFAULT_TEMPLATE_ID)!, 'sev1'),
      checklistStates: new Map(),
      timeline: [],
      facts,
      obligations: records,
      now,
    });
    const blocks = summaryBlocks(summary, { final: true, fileName: 'INC-42-final-summary.md' });
    accepted({ text: 'summary', blocks });
    expect(JSON.stringify(blocks)).toMatch(/…and \d+ more obligations \(\d+ open\) in the attached file/);
  });

  test('every reminder digest, split into parts where it would not fit one message', () => {
    const clock = incidentClock(incident);
    let largest = 0;
    let mostParts = 0;
    for (const digest of digestsOf(planIncident(incident.id, records, clock, openedAt))) {
      const items = digestItems(digest, records, clock);
      largest = Math.max(largest, items.length);
      const parts = splitDigest(incident, digest.kind, items, now);
      mostParts = Math.max(mostParts, parts.length);
      expect(parts.flat()).toEqual(items.map((i) => i.obligation.id));
      for (const [part, ids] of parts.entries()) {
        const view = {
          kind: digest.kind,
          items: items.filter((i) => ids.includes(i.obligation.id)),
          part,
          parts: parts.length,
        };
        accepted(digestMessage(incident, view, now));
      }
    }
    // The case this is for: dozens of state notices due at one instant, still one message (lines packed
    // with a menu each when a button per line would not fit). Minnesota's residents' notice left that instant when
    // its GLBA exemption was applied (Minn. Stat. § 325E.61, subd. 4): 44 notices share it now.
    expect(largest).toBeGreaterThan(40);
    expect(mostParts).toBe(1);
  });
});

describe('the budget helper', () => {
  test('packLines keeps whole lines in sections under the limit and stops at the budget', () => {
    const budget = new Budget({ blocks: 3, sectionText: 100, totalText: 250 });
    const lines = Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(40, '.'));
    const { blocks, fitted } = packLines(lines, budget, 'p');
    expect(fitted).toBe(6); // 2 per section (81 chars), 3 sections; 6 × 40 + 3 newlines = 243 ≤ 250
    expect(blocks).toHaveLength(3);
    expect(blocksText(blocks)).toBeLessThanOrEqual(250);
    expect(budget.blocksLeft).toBe(0);
  });

  test('listOrSummarise lists everything when it fits, else the first and a summary of the rest', () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    const all = listOrSummarise(items.slice(0, 3), new Budget(), 'x', String, () => ['never']);
    expect(JSON.stringify(all)).not.toContain('never');
    const budget = new Budget({ blocks: 5, sectionText: 500, totalText: 2000 });
    const some = listOrSummarise(
      items,
      budget,
      'x',
      (i) => `item ${i}`.padEnd(30),
      (rest) => [`${rest.length} more`],
    );
    const more = some[some.length - 1];
    expect(more?.block_id).toBe('x-more');
    const shown = some.length - 1;
    expect(shown).toBeGreaterThan(0);
    expect(JSON.stringify(more)).toMatch(/\d+ more/);
    expect(blocksText(some)).toBeLessThanOrEqual(2000);
    expect(budget.textLeft).toBeGreaterThanOrEqual(0);
  });

  test('clip says it shortened', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
    // Never half an emoji (a surrogate pair), which Slack would show as a replacement character.
    expect(clip('ab🔥cd', 4)).toBe('ab…');
  });
});
