import { itemsForSeverity } from '../../src/domain/checklist/checklist';
import { CHECKLIST_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import type { Incident } from '../../src/domain/incidents/incident';
import { type ObligationRecord, obligationStatus } from '../../src/domain/obligations/obligation-record';
import type { Obligation } from '../../src/domain/regulations/obligation';
import { buildIncidentSummary, type SummaryInput } from '../../src/domain/summary/incident-summary';
import { summaryMarkdown, summaryPeople } from '../../src/domain/summary/markdown';
import { formatElapsed as formatDuration } from '../../src/domain/time/durations';
import { canonicalJson, entryHash } from '../../src/domain/timeline/hash-chain';
import { GENESIS_HASH, type TimelineEntry, type TimelineEntryInput } from '../../src/domain/timeline/timeline-entry';

const incident: Incident = {
  id: 'INC-7',
  title: 'Payroll export on a public bucket',
  severity: 'sev1',
  status: 'open',
  drill: false,
  drillSpeed: 1,
  channelId: 'C0INC7',
  channelName: 'inc-20261129-payroll',
  openedBy: 'UOPENER',
  openedAt: '2026-11-29T10:00:00.000Z',
  discoveredAt: '2026-11-29T08:30:00.000Z',
  roles: { commander: 'UOPENER', legal: 'ULEGAL' },
  regimes: [],
  checklistTemplate: DEFAULT_TEMPLATE_ID,
  inviteFailures: [],
};
const template = CHECKLIST_TEMPLATES.get(DEFAULT_TEMPLATE_ID)!;
const items = itemsForSeverity(template, 'sev1');

function chain(inputs: Omit<TimelineEntryInput, 'dedupeKey'>[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const input of inputs) {
    const body = {
      seq: out.length,
      kind: input.kind,
      actor: input.actor,
      at: input.at,
      summary: input.summary,
      data: input.data ?? {},
      prevHash: out[out.length - 1]?.hash ?? GENESIS_HASH,
    };
    out.push({ ...body, hash: entryHash(body) });
  }
  return out;
}

const obligation = (id: string, dueAt: string | null): Obligation => ({
  id,
  regime: id.split('/')[0]!,
  jurisdiction: 'EU',
  recipient: 'regulator',
  recipientName: `Authority for ${id}`,
  dueAt,
  deadline: '72 hours after becoming aware',
  citation: 'GDPR art. 33(1)',
  trigger: { name: 'discoveredAt', at: '2026-11-29T08:30:00.000Z', fallback: true },
  notes: [],
});

const timeline = chain([
  { kind: 'opened', actor: 'UOPENER', at: '2026-11-29T10:00:00.000Z', summary: 'Opened incident' },
  {
    kind: 'decision',
    actor: 'ULEGAL',
    at: '2026-11-29T11:00:00.000Z',
    summary: 'Decision: engage counsel',
    data: { text: 'Engage outside counsel', source: 'command' },
  },
  {
    kind: 'decision',
    actor: 'UOPENER',
    at: '2026-11-29T12:00:00.000Z',
    summary: 'Decision recorded from a message',
    data: {
      text: 'Refund card 4111 1111 1111 1111 now',
      source: 'message',
      author: 'UCFO',
      postedAt: '2026-11-29T11:55:00.000Z',
      permalink: 'https://x.slack.com/archives/C0INC7/p1',
    },
  },
  {
    kind: 'pinned',
    actor: 'UOPENER',
    at: '2026-11-29T12:30:00.000Z',
    summary: 'Pinned: SSN 123-45-6789 seen in dump',
    data: { permalink: 'https://x.slack.com/archives/C0INC7/p2' },
  },
]);

const progress = (o: Obligation, doneAt: string | null, doneBy: string | null = null): ObligationRecord => ({
  ...o,
  doneAt,
  doneBy,
  doneNote: null,
  current: true,
});
const obligations: ObligationRecord[] = [
  progress(obligation('gdpr/regulator', '2026-12-02T08:30:00.000Z'), '2026-12-01T09:00:00.000Z', 'ULEGAL'),
  progress(obligation('uk/regulator', '2026-11-30T08:30:00.000Z'), '2026-11-30T09:00:00.000Z'),
  progress(obligation('us-ca/individuals', null), null),
  progress(obligation('nis2/regulator/early-warning', '2026-11-30T08:30:00.000Z'), null),
  progress(obligation('us-ny/regulator', '2026-12-20T08:30:00.000Z'), null),
];

const base: SummaryInput = {
  incident,
  checklistItems: items,
  checklistStates: new Map([[items[0]!.id, { done: true, by: 'UOPENER', at: '2026-11-29T10:05:00.000Z' }]]),
  timeline,
  facts: {
    discoveredAt: '2026-11-29T08:30:00.000Z',
    entityTypes: [],
    dataTypes: ['name', 'ssn'],
    encrypted: false,
    affected: { 'US-CA': 1200, EU: 40 },
    judgments: {},
  },
  obligations,
  now: new Date('2026-12-05T10:00:00.000Z'),
};

describe('incident summary (pure)', () => {
  test('has every decision in order, masked, with the message it came from', () => {
    const s = buildIncidentSummary(base);
    expect(s.decisions.map((d) => d.text)).toEqual(['Engage outside counsel', 'Refund card XXXX XXXX XXXX 1111 now']);
    expect(s.decisions[1]).toMatchObject({
      author: 'UCFO',
      recordedBy: 'UOPENER',
      permalink: 'https://x.slack.com/archives/C0INC7/p1',
    });
  });

  test('gives every obligation its status, sorted by due time', () => {
    const s = buildIncidentSummary(base);
    expect(s.obligations!.map((o) => [o.id, o.status])).toEqual([
      ['nis2/regulator/early-warning', 'overdue'],
      ['uk/regulator', 'done_late'],
      ['gdpr/regulator', 'done_on_time'],
      ['us-ny/regulator', 'open'],
      ['us-ca/individuals', 'open'],
    ]);
  });

  test('an obligation with no fixed due time is never overdue, and done is just done', () => {
    const o = obligation('x/regulator', null);
    const clock = { openedAt: '2026-11-29T10:00:00.000Z', speed: 1 };
    expect(obligationStatus(progress(o, null), clock, new Date('2099-01-01T00:00:00Z'))).toBe('open');
    expect(obligationStatus(progress(o, '2026-12-01T00:00:00.000Z'), clock, new Date())).toBe('done');
  });

  test('key facts, roles, checklist progress, duration and integrity', () => {
    const s = buildIncidentSummary(base);
    expect(s.keyFacts).toEqual({
      dataTypes: ['name', 'ssn'],
      entityTypes: [],
      jurisdictions: [
        { code: 'US-CA', affected: 1200 },
        { code: 'EU', affected: 40 },
      ],
      totalAffected: 1240,
      encrypted: false,
    });
    expect(s.roles).toEqual([
      { role: 'commander', userId: 'UOPENER' },
      { role: 'legal', userId: 'ULEGAL' },
    ]);
    expect(s.checklist).toMatchObject({ done: 1, total: items.length });
    expect(s.checklist.open).toHaveLength(items.length - 1);
    expect(formatDuration(s.sinceOpenedMs)).toBe('6d 0h 0m');
    expect(s.integrity).toMatchObject({ ok: true, entries: 4, headHash: timeline[3]!.hash });
  });

  test('a closed incident is summarised as of its closing', () => {
    const s = buildIncidentSummary({
      ...base,
      incident: { ...incident, status: 'closed', closedAt: '2026-11-30T10:30:00.000Z' },
    });
    expect(s.asOf).toBe('2026-11-30T10:30:00.000Z');
    expect(formatDuration(s.sinceDiscoveryMs)).toBe('1d 2h 0m');
  });

  test('the file names each checklist item owner, and who ticked each done item and when, by name', () => {
    const owned = {
      ...base,
      checklistOwners: new Map([
        [items[1]!.id, 'UFORENSIC'],
        [items[0]!.id, 'ULEGAL'],
      ]),
    };
    const names = new Map([
      ['UFORENSIC', 'Fran Forensic'],
      ['ULEGAL', 'Lee Legal'],
      ['UOPENER', 'Opal Opener'],
    ]);
    const md = summaryMarkdown(buildIncidentSummary(owned), names);
    expect(md).toContain(`${items[1]!.text} (owner: Fran Forensic (UFORENSIC))`);
    expect(md).toContain(
      `${items[0]!.text} (owner: Lee Legal (ULEGAL)); ticked by Opal Opener (UOPENER) 2026-11-29 10:05 UTC`,
    );
    expect(md).toContain(`${items[2]!.text} (no owner)`);
    expect(summaryPeople(buildIncidentSummary(owned))).toEqual(expect.arrayContaining(['UFORENSIC', 'ULEGAL']));
  });

  test('Markdown has every section in full, masked, and says when nothing was computed', () => {
    const md = summaryMarkdown(buildIncidentSummary(base));
    expect(md).toContain('# INC-7: Payroll export on a public bucket');
    expect(md).toContain('1. 2026-11-29 11:00 UTC, recorded by ULEGAL: Engage outside counsel');
    expect(md).toContain('Refund card XXXX XXXX XXXX 1111 now');
    expect(md).toContain('**OVERDUE** nis2/regulator/early-warning');
    expect(md).toContain('**done late** uk/regulator');
    expect(md).toContain('**done on time** gdpr/regulator');
    expect(md).toContain('People affected: 1,240 (US-CA: 1,200, EU: 40)');
    expect(md).toContain('Pinned: SSN XXX-XX-6789 seen in dump');
    expect(md).not.toMatch(/4111 1111 1111 1111|123-45-6789/);
    for (const item of items.slice(1)) expect(md).toContain(item.text);
    expect(md).toContain('SHA-256 chain of 4 entries verified');
    const bare = summaryMarkdown(buildIncidentSummary({ ...base, facts: null, obligations: null }));
    expect(bare).toContain('No obligations computed.');
    expect(bare).toContain('No facts recorded.');
  });

  test('a tampered timeline is reported, not hidden', () => {
    const tampered = timeline.map((e, i) => (i === 2 ? { ...e, summary: 'rewritten' } : e));
    const md = summaryMarkdown(buildIncidentSummary({ ...base, timeline: tampered }));
    expect(md).toContain('BROKEN at entry 2');
  });

  test('read with its stored texts, the timeline gives the same file byte for byte, tampered or not', () => {
    const texts = timeline.map((e) => canonicalJson(e));
    const withTexts = summaryMarkdown(buildIncidentSummary({ ...base, timelineTexts: texts }));
    expect(withTexts).toBe(summaryMarkdown(buildIncidentSummary(base)));
    expect(withTexts).toContain('SHA-256 chain of 4 entries verified');
    // Stored text edited (the entry read from it too): found at the same entry as without the texts.
    const edited = texts.map((t, i) => (i === 2 ? t.replace(/"summary":"[^"]*"/, '"summary":"rewritten"') : t));
    expect(edited[2]).not.toBe(texts[2]);
    const read = edited.map((t) => JSON.parse(t) as TimelineEntry);
    const broken = summaryMarkdown(buildIncidentSummary({ ...base, timeline: read, timelineTexts: edited }));
    expect(broken).toBe(summaryMarkdown(buildIncidentSummary({ ...base, timeline: read })));
    expect(broken).toContain('BROKEN at entry 2');
  });
});
