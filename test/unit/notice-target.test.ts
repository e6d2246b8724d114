import { parseIncidentCommand } from '../../commands/incident/grammar';
import { computeWithCatalog } from '../../src/domain/obligations/catalog-engine';
import { matchTarget, type NoticeTarget } from '../../src/domain/obligations/notice-target';
import { resolveSentAt } from '../../src/domain/obligations/notice-time';
import type { Recipient } from '../../src/domain/regulations/vocabulary';

const parse = (text: string) => parseIncidentCommand(text, new Date('2023-12-01T00:00:00Z'));

const record = (id: string, recipient: Recipient, current = true) => ({
  id,
  regime: id.split('/')[0] ?? '',
  recipient,
  current,
});

/** A Mr. Cooper-shaped slice: DORA's three reports, two states' notices, the credit bureaus of two states. */
const RECORDS = [
  record('dora/regulator/initial', 'regulator'),
  record('dora/regulator/intermediate', 'regulator'),
  record('dora/regulator/final', 'regulator'),
  record('us-ca/regulator', 'regulator'),
  record('us-ca/individuals', 'individuals'),
  record('us-ny/regulator', 'regulator'),
  record('us-ny/credit_bureaus', 'credit_bureaus'),
  record('us-tx/credit_bureaus', 'credit_bureaus'),
  record('us-fl/credit_bureaus', 'credit_bureaus', false),
];

const ids = (target: NoticeTarget) => {
  const m = matchTarget(RECORDS, target);
  return { matched: m.matched.map((r) => r.id), stages: m.stages.map((r) => r.id) };
};

describe('notified <notice>: what the words name', () => {
  test('an obligation id exactly as the register shows it, a regime, a regime/recipient, */recipient', () => {
    const target = (text: string) => {
      const r = parse(`notified ${text}`);
      return r.ok && r.command.name === 'notified' ? r.command.target : r;
    };
    expect(target('dora/regulator/initial')).toEqual({ kind: 'id', id: 'dora/regulator/initial' });
    expect(target('nis2/regulator/early-warning')).toEqual({ kind: 'id', id: 'nis2/regulator/early-warning' });
    expect(target('gdpr')).toEqual({ kind: 'regime', regime: 'gdpr' });
    expect(target('us-ca/regulator')).toEqual({ kind: 'regime', regime: 'us-ca', recipient: 'regulator' });
    expect(target('*/credit_bureaus')).toEqual({ kind: 'recipient', recipient: 'credit_bureaus' });
  });

  test('a recipient that is not one, or no notice at all, is refused with the forms it takes', () => {
    const bad = parse('notified */pigeons');
    expect(!bad.ok && bad.error).toContain('pigeons');
    const none = parse('notified');
    expect(!none.ok && none.error).toContain('*/credit_bureaus');
  });

  test('a stage is reached by its own id only, never by its sibling or a broader name', () => {
    expect(ids({ kind: 'id', id: 'dora/regulator/initial' })).toEqual({
      matched: ['dora/regulator/initial'],
      stages: [],
    });
    expect(ids({ kind: 'regime', regime: 'dora', recipient: 'regulator' })).toEqual({
      matched: [],
      stages: ['dora/regulator/initial', 'dora/regulator/intermediate', 'dora/regulator/final'],
    });
    // Across regimes: 53 state AG notices are single notices, DORA's reports are left for their ids.
    expect(ids({ kind: 'recipient', recipient: 'regulator' })).toEqual({
      matched: ['us-ca/regulator', 'us-ny/regulator'],
      stages: ['dora/regulator/initial', 'dora/regulator/intermediate', 'dora/regulator/final'],
    });
  });

  test('a regime/recipient that is itself an id names that notice alone, not the stage beside it', () => {
    const ny = [record('us-ny/regulator', 'regulator'), record('us-ny/regulator/no-harm-determination', 'regulator')];
    const m = matchTarget(ny, { kind: 'regime', regime: 'us-ny', recipient: 'regulator' });
    expect(m.matched.map((r) => r.id)).toEqual(['us-ny/regulator']);
    expect(matchTarget(ny, { kind: 'regime', regime: 'us-ny' })).toMatchObject({ matched: [], stages: ny });
  });

  test('*/credit_bureaus reaches every current credit-bureau notice, and nothing the facts no longer list', () => {
    expect(ids({ kind: 'recipient', recipient: 'credit_bureaus' }).matched).toEqual([
      'us-ny/credit_bureaus',
      'us-tx/credit_bureaus',
    ]);
    expect(ids({ kind: 'regime', regime: 'us-ca' }).matched).toEqual(['us-ca/regulator', 'us-ca/individuals']);
  });
});

describe('notified --at and --undo', () => {
  test('--at takes a date or an instant with its zone; --undo takes the notice', () => {
    const at = parse('notified */credit_bureaus --at 2023-11-20 letters mailed');
    expect(at).toEqual({
      ok: true,
      command: {
        name: 'notified',
        action: 'mark',
        target: { kind: 'recipient', recipient: 'credit_bureaus' },
        at: { kind: 'date', date: '2023-11-20' },
        note: 'letters mailed',
      },
    });
    const instant = parse('notified dora/regulator/initial --at 2023-11-20T15:30:00-05:00');
    expect(
      instant.ok && instant.command.name === 'notified' && instant.command.action === 'mark' && instant.command.at,
    ).toEqual({
      kind: 'instant',
      at: '2023-11-20T15:30:00-05:00',
    });
    expect(parse('notified --undo dora/regulator/initial sent to the wrong authority')).toEqual({
      ok: true,
      command: {
        name: 'notified',
        action: 'undo',
        target: { kind: 'id', id: 'dora/regulator/initial' },
        note: 'sent to the wrong authority',
      },
    });
  });

  test('--at without a zone, or with nonsense, is refused and says what it takes', () => {
    for (const text of ['notified gdpr --at 2023-11-20T15:30', 'notified gdpr --at yesterday']) {
      const r = parse(text);
      expect(!r.ok && r.error).toContain('`--at` must be a date');
    }
    const both = parse('notified --undo gdpr --at 2023-11-20');
    expect(both.ok).toBe(false);
  });

  const now = new Date('2023-12-01T12:00:00Z');
  const discovered = '2023-11-01T22:00:00.000Z';

  test('a date alone is the start of that day in the incident zone, and said back', () => {
    const utc = resolveSentAt({ kind: 'date', date: '2023-11-20' }, 'UTC', now, discovered);
    expect(utc).toEqual({ ok: true, at: new Date('2023-11-20T00:00:00Z'), readAs: expect.stringContaining('UTC') });
    const chicago = resolveSentAt({ kind: 'date', date: '2023-11-20' }, 'America/Chicago', now, discovered);
    expect(chicago.ok && chicago.at.toISOString()).toBe('2023-11-20T06:00:00.000Z');
    expect(chicago.ok && chicago.readAs).toBe('2023-11-20 read as Mon 20 Nov 2023 00:00 America/Chicago');
  });

  test('the discovery day reads as the discovery instant, not the midnight before it', () => {
    const sameDay = resolveSentAt({ kind: 'date', date: '2023-11-01' }, 'UTC', now, discovered);
    expect(sameDay.ok && sameDay.at.toISOString()).toBe(discovered);
  });

  test('not in the future, not before discovery, not a day that does not exist', () => {
    expect(resolveSentAt({ kind: 'date', date: '2023-12-02' }, 'UTC', now, discovered)).toMatchObject({
      ok: false,
      reason: 'future',
    });
    expect(resolveSentAt({ kind: 'instant', at: '2023-12-01T12:00:01Z' }, 'UTC', now, discovered)).toMatchObject({
      ok: false,
      reason: 'future',
    });
    expect(resolveSentAt({ kind: 'instant', at: '2023-11-01T21:59:59Z' }, 'UTC', now, discovered)).toMatchObject({
      ok: false,
      reason: 'before_discovery',
    });
    expect(resolveSentAt({ kind: 'date', date: '2023-02-30' }, 'UTC', now, discovered)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('relational deadlines count from the anchor notice as sent', () => {
  const facts = {
    discoveredAt: '2023-11-01T22:00:00.000Z',
    entityTypes: [],
    dataTypes: ['name', 'ssn'],
    encrypted: false,
    affected: { 'US-CA': 1200, 'US-IA': 900 },
    judgments: {},
  } as const;
  const due = (f: object, id: string) =>
    computeWithCatalog(f as Parameters<typeof computeWithCatalog>[0], []).find((o) => o.id === id)?.dueAt;

  test('each state’s regulator notice counts from its own individual notice, not another state’s', () => {
    expect(due(facts, 'us-ia/regulator')).toBeNull(); // until Iowa's individual notice goes out: no fixed time
    const sent = { ...facts, noticesSentAt: { 'us-ia/individuals': '2023-11-20T15:00:00.000Z' } };
    const ia = Date.parse(due(sent, 'us-ia/regulator') ?? '');
    // Five business days after Mon 20 Nov 2023 (Iowa Code § 715C.2(8)), Thanksgiving on Thu 23 Nov not counted.
    expect(ia).toBeGreaterThan(Date.parse('2023-11-27T00:00:00Z'));
    expect(ia).toBeLessThan(Date.parse('2023-11-29T12:00:00Z'));
    // Another state's notice is not Iowa's: California's rule does not move.
    const caOnly = { ...facts, noticesSentAt: { 'us-ca/individuals': '2023-11-20T15:00:00.000Z' } };
    expect(due(caOnly, 'us-ia/regulator')).toBeNull();
  });
});
