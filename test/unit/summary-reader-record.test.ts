import { DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import type { Incident } from '../../src/domain/incidents/incident';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { buildIncidentSummary, type SummaryInput } from '../../src/domain/summary/incident-summary';
import { summaryMarkdown, summaryPeople } from '../../src/domain/summary/markdown';
import { entryHash } from '../../src/domain/timeline/hash-chain';
import { GENESIS_HASH, type TimelineEntry, type TimelineEntryInput } from '../../src/domain/timeline/timeline-entry';

/** The summary file as a regulator's counsel reads it: people by name, times in the incident's zone, counts. */
const incident: Incident = {
  id: 'INC-9',
  title: 'Servicing platform breach',
  severity: 'sev1',
  status: 'closed',
  closedAt: '2026-12-01T15:00:00.000Z',
  drill: false,
  drillSpeed: 1,
  channelId: 'C0INC9',
  channelName: 'inc-9',
  openedBy: 'UALICE',
  openedAt: '2026-11-29T10:00:00.000Z',
  discoveredAt: '2026-11-29T08:30:00.000Z',
  roles: { commander: 'UALICE', legal: 'UBOB' },
  regimes: [],
  checklistTemplate: DEFAULT_TEMPLATE_ID,
  inviteFailures: [],
  timeZone: 'America/New_York',
};

function chain(inputs: Omit<TimelineEntryInput, 'dedupeKey'>[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const input of inputs) {
    const body = { seq: out.length, ...input, data: input.data ?? {}, prevHash: out.at(-1)?.hash ?? GENESIS_HASH };
    out.push({ ...body, hash: entryHash(body) } as TimelineEntry);
  }
  return out;
}

const record = (id: string, dueAt: string | null, doneAt: string | null): ObligationRecord => ({
  id,
  regime: id.split('/')[0]!,
  jurisdiction: 'US-NY',
  recipient: 'regulator',
  recipientName: `Recipient of ${id}`,
  dueAt,
  deadline: 'within 72 hours',
  citation: '23 NYCRR 500.17(a)(1)',
  trigger: { name: 'discoveredAt', at: '2026-11-29T08:30:00.000Z', fallback: true },
  notes: [],
  doneAt,
  doneBy: doneAt ? 'UBOB' : null,
  doneNote: null,
  current: true,
});

const base: SummaryInput = {
  incident,
  checklistItems: [],
  checklistStates: new Map(),
  timeline: chain([
    { kind: 'opened', actor: 'UALICE', at: '2026-11-29T10:00:00.000Z', summary: 'Opened incident' },
    {
      kind: 'role_assigned',
      actor: 'UALICE',
      at: '2026-11-29T10:05:00.000Z',
      summary: 'Legal: UBOB (was UCAROL)',
      data: { role: 'legal', userId: 'UBOB', previous: 'UCAROL' },
    },
    {
      kind: 'checklist_item',
      actor: 'UALICE',
      at: '2026-11-29T10:06:00.000Z',
      summary: 'Owner of "Preserve logs": <@UCAROL>',
      data: { itemId: 'preserve-logs', owner: 'UCAROL' },
    },
  ]),
  facts: null,
  obligations: [
    record('nydfs/regulator', '2026-12-02T08:30:00.000Z', '2026-11-30T05:00:00.000Z'),
    record('us-ny/regulator', '2026-11-30T08:30:00.000Z', null),
    record('us-ny/individuals', null, null),
  ],
  now: new Date('2026-12-05T00:00:00.000Z'),
};
const names = new Map([
  ['UALICE', 'Alice Adams'],
  ['UBOB', 'Bob Brown'],
  ['UCAROL', 'Carol Chen'],
]);

test('a role change and a checklist owner in the timeline name people by Slack name, not by raw id', () => {
  const s = buildIncidentSummary(base);
  expect(summaryPeople(s)).toEqual(expect.arrayContaining(['UBOB', 'UCAROL']));
  const md = summaryMarkdown(s, names);
  const role = md.split('\n').find((l) => l.includes('[role_assigned]')) ?? '';
  expect(role).toContain('Legal: Bob Brown (UBOB) (was Carol Chen (UCAROL))');
  const owner = md.split('\n').find((l) => l.includes('Owner of')) ?? '';
  expect(owner).toContain('Carol Chen (UCAROL)');
  expect(owner).not.toContain('<@');
});

test("times are written in the incident's named zone, with UTC beside the notice times", () => {
  const md = summaryMarkdown(buildIncidentSummary(base), names);
  expect(md).toContain('America/New_York');
  // Discovered 08:30 UTC = 03:30 in New York (EST, UTC-05:00).
  expect(md).toMatch(/Discovered: 2026-11-29 03:30 -05:00/);
  // The notice sent at midnight New York time reads as that midnight, and as 05:00 UTC.
  const line = md.split('\n').find((l) => l.includes('nydfs/regulator')) ?? '';
  expect(line).toContain('done 2026-11-30 00:00 -05:00 (2026-11-30 05:00 UTC) by Bob Brown (UBOB)');
  expect(md).toMatch(/#0 2026-11-29 05:00:00 -05:00 /);
});

test('the obligations section counts by status and says plainly what was still not given at close', () => {
  const md = summaryMarkdown(buildIncidentSummary(base), names);
  expect(md).toContain('3 obligations: 1 done on time, 1 open, 1 overdue');
  expect(md).toMatch(/2 notices were not given when the incident was closed: us-ny\/regulator, us-ny\/individuals/);
});

test('a checklist item someone added with an SSN or account number in it is masked in the file, open or done', () => {
  const added = [
    {
      id: 'added-1',
      phase: 'notify' as const,
      text: 'Call back 123-45-6789 today',
      upTo: 'sev4' as const,
      basis: 'added',
    },
    {
      id: 'added-2',
      phase: 'notify' as const,
      text: 'Freeze account 000123456789',
      upTo: 'sev4' as const,
      basis: 'added',
    },
  ];
  const md = summaryMarkdown(
    buildIncidentSummary({
      ...base,
      checklistItems: added,
      checklistStates: new Map([['added-2', { done: true, by: 'UBOB', at: '2026-11-29T11:00:00.000Z' }]]),
    }),
    names,
  );
  expect(md).toContain('Call back XXX-XX-6789 today');
  expect(md).toContain('Freeze account XXXXXXXX6789');
  expect(md).not.toMatch(/123-45-6789|000123456789/);
});

test('an instant recorded in a timeline line (a notice sent --at a date) is written in the zone, as the other times', () => {
  const sent = chain([
    { kind: 'opened', actor: 'UALICE', at: '2026-11-29T10:00:00.000Z', summary: 'Opened incident' },
    {
      kind: 'notice_done',
      actor: 'UBOB',
      at: '2026-12-01T10:00:00.000Z',
      summary: 'Notice given: New York nydfs/regulator (DFS) sent 2026-11-30T05:00:00.000Z: portal',
      data: { obligationId: 'nydfs/regulator', sentAt: '2026-11-30T05:00:00.000Z' },
    },
  ]);
  const md = summaryMarkdown(buildIncidentSummary({ ...base, timeline: sent }), names);
  const line = md.split('\n').find((l) => l.includes('[notice_done]')) ?? '';
  expect(line).toContain('Bob Brown (UBOB) [notice_done]');
  expect(line).toContain('sent 2026-11-30 00:00:00 -05:00: portal');
});
