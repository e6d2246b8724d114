import { parseIncidentCommand } from '../../commands/incident/grammar';
import { itemsForSeverity, itemsShown } from '../../src/domain/checklist/checklist';
import { dataBreachTemplate } from '../../src/domain/checklist/templates/data-breach';
import { authorise } from '../../src/domain/incidents/authority';
import { type Incident, incidentSchema, newIncident } from '../../src/domain/incidents/incident';
import {
  cleanReason,
  cleanTitle,
  closed,
  reopened,
  withPhase,
  withSeverity,
  withTitle,
} from '../../src/domain/incidents/incident-lifecycle';
import { Refusal } from '../../src/domain/refusals';
import { buildIncidentSummary } from '../../src/domain/summary/incident-summary';
import { summaryMarkdown } from '../../src/domain/summary/markdown';
import { envSchema } from '../../src/runtime/env';

const NOW = new Date('2026-11-29T12:00:00Z');
const parse = (text: string) => parseIncidentCommand(text, NOW);

const incident = (): Incident =>
  newIncident(
    'INC-20261129-3QF7A',
    {
      title: 'Payroll export',
      severity: 'sev2',
      regimes: [],
      drill: false,
      speed: 1,
      openedBy: 'UALICE',
      openedAt: NOW,
    },
    { id: 'C0INC', name: 'inc-20261129-payroll-export' },
    dataBreachTemplate.id,
  );

describe('lifecycle transitions (issue 12)', () => {
  test('a record stored before phases existed still parses, and reads as investigating', () => {
    const { phase: _phase, reopens: _reopens, ...old } = incident();
    const parsed = incidentSchema.parse(old);
    expect(parsed.phase).toBeUndefined();
    expect(withPhase(parsed, 'investigating').changed).toBe(false);
    expect(withPhase(parsed, 'contained')).toMatchObject({ previous: 'investigating', changed: true });
  });

  test('severity, title and status: changed once, the same again is a no-op with the value it already has', () => {
    const start = incident();
    const severity = withSeverity(start, 'sev1');
    expect(severity).toMatchObject({ previous: 'sev2', changed: true, next: { severity: 'sev1' } });
    expect(withSeverity(severity.next, 'sev1')).toMatchObject({ changed: false, previous: 'sev1' });
    expect(withTitle(start, 'Payroll export').changed).toBe(false);
    expect(withTitle(start, 'Payroll vendor breach')).toMatchObject({ changed: true, previous: 'Payroll export' });
    expect(withPhase(withPhase(start, 'notifying').next, 'notifying').changed).toBe(false);
  });

  test('a closed incident refuses every change, even to the value it has', () => {
    const shut = closed(incident(), NOW, 'Contained, nothing taken').next;
    expect(() => withSeverity(shut, 'sev2')).toThrow(/closed; severity changes can no longer be recorded/);
    expect(() => withTitle(shut, 'x')).toThrow(Refusal);
    expect(() => withPhase(shut, 'monitoring')).toThrow(/status changes/);
  });

  test('close keeps the reason and the phase; reopen clears both close fields, counts, and goes back to investigating', () => {
    const monitoring = withPhase(incident(), 'monitoring').next;
    const shut = closed(monitoring, NOW, 'Restored from backup');
    expect(shut).toMatchObject({
      closedNow: true,
      next: { status: 'closed', closeReason: 'Restored from backup', phase: 'monitoring', closedAt: NOW.toISOString() },
    });
    expect(closed(shut.next, NOW, 'again').closedNow).toBe(false);
    const later = new Date('2026-11-30T08:00:00Z');
    const open = reopened(shut.next, later, 'UALICE', 'New evidence');
    expect(open.reopenedNow).toBe(true);
    expect(open.next).toMatchObject({
      status: 'open',
      phase: 'investigating',
      reopens: 1,
      reopenedAt: later.toISOString(),
      reopenedBy: 'UALICE',
      reopenReason: 'New evidence',
    });
    expect(open.next).not.toHaveProperty('closedAt');
    expect(open.next).not.toHaveProperty('closeReason');
    expect(incidentSchema.parse(open.next)).toEqual(open.next);
    expect(reopened(open.next, later, 'UBOB').reopenedNow).toBe(false);
    const second = reopened(closed(open.next, later).next, later, 'UBOB').next;
    expect(second).toMatchObject({ reopens: 2, reopenedBy: 'UBOB' });
    expect(second).not.toHaveProperty('reopenReason');
  });

  test('titles and reasons are cleaned: bidi controls dropped, spaces collapsed, limits enforced', () => {
    expect(cleanTitle('  invoice\u202Egpj.exe   leak ')).toBe('invoicegpj.exe leak');
    expect(cleanTitle('   ')).toBeNull();
    expect(() => cleanTitle('x'.repeat(201))).toThrow(/at most 200/);
    expect(cleanReason('')).toBeUndefined();
    expect(() => cleanReason('y'.repeat(501))).toThrow(/at most 500/);
  });
});

test('the summary file says the status and the close reason, numbers in it masked', () => {
  const shut = closed(withPhase(incident(), 'monitoring').next, NOW, 'Card 4111 1111 1111 1111 reissued').next;
  const summary = buildIncidentSummary({
    incident: shut,
    checklistItems: [],
    checklistStates: new Map(),
    timeline: [],
    facts: null,
    obligations: null,
    now: NOW,
  });
  const markdown = summaryMarkdown(summary);
  expect(markdown).toContain('- Status: closed 2026-11-29 12:00 UTC, monitoring when closed');
  expect(markdown).toMatch(/- Close reason: Card .*1111 reissued/);
  expect(markdown).not.toContain('4111 1111 1111 1111');
});

describe('the checklist after a severity change', () => {
  const ids = (items: { id: string }[]) => items.map((i) => i.id);

  test('upgrading adds the new severity’s items; downgrading keeps only items already worked on', () => {
    const sev3 = ids(itemsForSeverity(dataBreachTemplate, 'sev3'));
    const sev1 = ids(itemsForSeverity(dataBreachTemplate, 'sev1'));
    expect(ids(itemsShown(dataBreachTemplate, 'sev1'))).toEqual(sev1);
    const extra = sev1.filter((id) => !sev3.includes(id));
    const touched = new Set([extra[0] ?? '', extra[1] ?? '']);
    const shown = ids(itemsShown(dataBreachTemplate, 'sev3', touched));
    expect(shown).toHaveLength(sev3.length + 2);
    expect(shown).toEqual(sev1.filter((id) => sev3.includes(id) || touched.has(id)));
  });
});

describe('who may close and reopen (LIFECYCLE_AUTHORITY)', () => {
  const record = { id: 'INC-7', openedBy: 'UOPENER', roles: { commander: 'UCMD' } };
  const noAdmins = { isAdmin: false, hasAdmins: false };

  test('commander (default): only the commander; members: any member may close and reopen, never change severity', () => {
    expect(authorise(record, 'UMEMBER', 'close', noAdmins)?.code).toBe('not_authorised');
    expect(authorise(record, 'UMEMBER', 'reopen', noAdmins, 'commander')?.code).toBe('not_authorised');
    expect(authorise(record, 'UMEMBER', 'close', noAdmins, 'members')).toBeNull();
    expect(authorise(record, 'UMEMBER', 'reopen', noAdmins, 'members')).toBeNull();
    expect(authorise(record, 'UMEMBER', 'change_severity', noAdmins, 'members')?.message).toContain(
      'change the severity',
    );
    expect(authorise(record, 'UMEMBER', 'assign_role', noAdmins, 'members')?.code).toBe('not_authorised');
  });
});

test('LIFECYCLE_AUTHORITY: commander by default, members when set, anything else named', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-test' };
  expect(envSchema.parse(base).LIFECYCLE_AUTHORITY).toBe('commander');
  expect(envSchema.parse({ ...base, LIFECYCLE_AUTHORITY: 'members' }).LIFECYCLE_AUTHORITY).toBe('members');
  const bad = envSchema.safeParse({ ...base, LIFECYCLE_AUTHORITY: 'anyone' });
  expect(bad.success).toBe(false);
  expect(JSON.stringify(bad.error?.issues)).toContain('must be \\"commander\\" or \\"members\\"');
});

describe('lifecycle commands', () => {
  test.each([
    ['severity sev2', 'sev2'],
    ['severity SEV3', 'sev3'],
    ['SEVERITY 1', 'sev1'],
    ['severity Sev 4', 'sev4'],
    ['severity sev-2', 'sev2'],
    ['severity High', 'sev2'],
    ['severity critical', 'sev1'],
  ])('%j', (text, severity) => {
    expect(parse(text)).toEqual({ ok: true, command: { name: 'severity', severity } });
  });

  test.each([
    ['severity', 'needs one of sev1, sev2, sev3, sev4'],
    ['severity sev5', '`sev5` is not a severity'],
    ['severity urgent', '`urgent` is not a severity'],
  ])('%j is refused', (text, words) => {
    const result = parse(text);
    expect(!result.ok && result.error).toContain(words);
  });

  test('title keeps the words as typed, with a phone’s quotes taken off', () => {
    expect(parse('title “Vendor — payroll export”')).toEqual({
      ok: true,
      command: { name: 'title', title: 'Vendor — payroll export' },
    });
    expect(parse('title   Laptop   stolen --not-a-flag')).toEqual({
      ok: true,
      command: { name: 'title', title: 'Laptop stolen --not-a-flag' },
    });
    const empty = parse('title');
    expect(!empty.ok && empty.error).toContain('`title` needs the new title');
  });

  test.each([
    ['status', { name: 'status' }],
    ['status set contained', { name: 'status', set: 'contained' }],
    ['status SET Notifying', { name: 'status', set: 'notifying' }],
    ['status monitoring', { name: 'status', set: 'monitoring' }],
    ['status set contain', { name: 'status', set: 'contained' }],
    ['status set investigating', { name: 'status', set: 'investigating' }],
    ['status set closed', { name: 'close' }],
    ['status set closed Restored from backup', { name: 'close', reason: 'Restored from backup' }],
    ['status closed no data left the network', { name: 'close', reason: 'no data left the network' }],
  ])('%j', (text, command) => {
    expect(parse(text)).toEqual({ ok: true, command });
  });

  test.each([
    ['status set', 'needs one of'],
    ['status set contaned', 'Did you mean `contained`?'],
    ['status set contained now', 'takes nothing after it'],
  ])('%j is refused', (text, words) => {
    const result = parse(text);
    expect(!result.ok && result.error).toContain(words);
  });

  test('close and reopen take an optional reason as typed', () => {
    expect(parse('close')).toEqual({ ok: true, command: { name: 'close' } });
    expect(parse('close Contained — no data taken')).toEqual({
      ok: true,
      command: { name: 'close', reason: 'Contained — no data taken' },
    });
    expect(parse('reopen')).toEqual({ ok: true, command: { name: 'reopen' } });
    expect(parse('REOPEN "New evidence from the vendor"')).toEqual({
      ok: true,
      command: { name: 'reopen', reason: 'New evidence from the vendor' },
    });
    const long = parse(`close ${'x'.repeat(501)}`);
    expect(!long.ok && long.error).toContain('at most 500');
  });

  test('a mistyped subcommand points at the new ones', () => {
    const result = parse('reopne');
    expect(!result.ok && result.error).toContain('Did you mean `reopen`?');
    const sev = parse('severty sev2');
    expect(!sev.ok && sev.error).toContain('`severity`');
  });
});
