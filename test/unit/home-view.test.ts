import { byUrgency, type HomeOverview, incidentOverview } from '../../src/domain/incidents/home-overview';
import { type Incident, incidentSchema } from '../../src/domain/incidents/incident';
import { freshRecord, type ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { HOME_DECLARE_ACTION_ID, homeView, LEGAL_CLOCKS_PER_INCIDENT } from '../../src/slack/messages/home-view';
import { blocksTextLength, checkBlocks } from '../support/slack-simulator/block-limits';

const now = new Date('2026-12-02T12:00:00.000Z');
const HOUR = 3600_000;

function incident(n: number, fields: Partial<Incident> = {}): Incident {
  return incidentSchema.parse({
    id: `INC-20261201-${String(n).padStart(5, '0')}`,
    title: `Payroll vendor breach number ${n} with a title long enough to look like a real one`,
    severity: (['sev1', 'sev2', 'sev3', 'sev4'] as const)[n % 4],
    status: 'open',
    drill: false,
    channelId: `C${String(n).padStart(9, '0')}`,
    channelName: `inc-20261201-payroll-${n}`,
    openedBy: 'UALICE',
    openedAt: '2026-12-01T08:00:00.000Z',
    discoveredAt: '2026-12-01T08:00:00.000Z',
    roles: { commander: 'UALICE' },
    regimes: [],
    checklistTemplate: 'data-breach',
    ...fields,
  });
}

/** A notice of `regime` due `hours` from now (negative: overdue), optionally already given. */
function notice(regime: string, hours: number | null, done = false): ObligationRecord {
  const record = freshRecord({
    id: `${regime}/regulator`,
    regime,
    jurisdiction: regime.toUpperCase(),
    recipient: 'regulator',
    recipientName: 'supervisory authority',
    dueAt: hours === null ? null : new Date(now.getTime() + hours * HOUR).toISOString(),
    deadline: 'within 72 hours',
    citation: 'Art 33',
    trigger: { name: 'discoveredAt', at: '2026-12-01T08:00:00.000Z', fallback: false },
    notes: [],
  });
  return done ? { ...record, doneAt: now.toISOString(), doneBy: 'UBOB', doneNote: null } : record;
}

const REGIMES = ['gdpr', 'us-ca', 'us-tx', 'us-ny', 'dora', 'nis2', 'hipaa', 'sec-8k'];

/** 150 open incidents: every third with overdue notices, all with clocks spread over the next days. */
function manyIncidents(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const records = REGIMES.map((regime, r) => notice(regime, ((i * 7 + r * 13) % 200) - (i % 3 === 0 ? 40 : -1)));
    return incidentOverview(incident(i), records, now);
  }).sort(byUrgency);
}

const home = (fields: Partial<HomeOverview>): HomeOverview => ({
  viewerId: 'UALICE',
  legal: false,
  incidents: [],
  now,
  ...fields,
});

const listedIds = (blocks: unknown[]) =>
  blocks
    .map((b) => (b as { block_id?: string }).block_id ?? '')
    .filter((id) => id.startsWith('home-inc-'))
    .map((id) => id.slice('home-inc-'.length));

const textOf = (blocks: unknown[], id: string) =>
  String(
    (blocks.find((b) => (b as { block_id?: string }).block_id === id) as { text?: { text?: string } })?.text?.text,
  );

describe('the Home tab', () => {
  test.each([false, true])(
    '150 open incidents (legal view: %s) fit a Home view, most urgent first, the rest counted',
    (legal) => {
      const incidents = manyIncidents(150);
      const view = homeView(home({ legal, incidents }));
      const blocks = view.blocks as unknown[];
      expect(checkBlocks(blocks, 'view')).toEqual({ ok: true });
      expect(blocks.length).toBeLessThanOrEqual(100);
      expect(blocksTextLength(blocks)).toBeLessThanOrEqual(9000);
      const listed = listedIds(blocks);
      expect(listed.length).toBeGreaterThan(10);
      expect(listed.length).toBeLessThan(150);
      // The listed ones are the most urgent, in order; the count of the rest is exact.
      expect(listed).toEqual(incidents.slice(0, listed.length).map((o) => o.incident.id));
      const withOverdue = incidents.slice(listed.length).filter((o) => o.overdue > 0).length;
      expect(textOf(blocks, 'home-more')).toContain(
        `…and ${150 - listed.length} more open incidents${withOverdue ? ` (${withOverdue} with overdue notices)` : ''}`,
      );
      expect(JSON.stringify(blocks)).toContain(`"action_id":"${HOME_DECLARE_ACTION_ID}"`);
      // The legal group sees the clocks of the most urgent incidents listed under them.
      const clockLines = JSON.stringify(blocks).match(/ • <!date\^/g) ?? [];
      if (legal) expect(clockLines.length).toBeGreaterThanOrEqual(2 * LEGAL_CLOCKS_PER_INCIDENT);
      else expect(clockLines).toEqual([]);
    },
  );

  test('overdue first (longest overdue first), then by the nearest clock, then none; overdue counted', () => {
    const noClock = incidentOverview(incident(1), [notice('gdpr', null)], now);
    const later = incidentOverview(incident(2), [notice('gdpr', 72), notice('us-ca', 30)], now);
    const soon = incidentOverview(incident(3, { severity: 'sev4' }), [notice('gdpr', 2)], now);
    const overdue = incidentOverview(
      incident(4),
      [notice('gdpr', -5), notice('us-ca', -1), notice('us-tx', -30, true), notice('us-ny', 10)],
      now,
    );
    const longOverdue = incidentOverview(incident(5), [notice('dora', -20)], now);
    const view = homeView(home({ incidents: [noClock, later, soon, overdue, longOverdue].sort(byUrgency) }));
    const blocks = view.blocks as unknown[];
    expect(listedIds(blocks)).toEqual([5, 4, 3, 2, 1].map((n) => incident(n).id));
    const four = textOf(blocks, `home-inc-${incident(4).id}`);
    // Two overdue (the given one does not count); the next clock is the nearest not yet overdue: New York in 10 h.
    expect(four).toContain(':rotating_light: *2 overdue*');
    const tenHours = Math.floor((now.getTime() + 10 * HOUR) / 1000);
    expect(four).toContain(`next clock <!date^${tenHours}^{date_short_pretty} {time}|`);
    expect(four).toMatch(/UTC> New York · /);
    expect(four).toContain(`<#${incident(4).channelId}>`);
    expect(four).toContain('SEV1 · open · ');
    const two = textOf(blocks, `home-inc-${incident(2).id}`);
    expect(two).toContain('California · 0 overdue');
    const one = textOf(blocks, `home-inc-${incident(1).id}`);
    expect(one).toContain('no clock running · 0 overdue · 1 notice with no fixed due time');
  });

  test('the legal view groups each incident’s nearest clocks under it and counts the rest', () => {
    const records = REGIMES.map((regime, r) => notice(regime, r * 10 - 15));
    const overview = incidentOverview(incident(9), records, now);
    const blocks = homeView(home({ legal: true, incidents: [overview] })).blocks as unknown[];
    const text = textOf(blocks, `home-inc-${incident(9).id}`);
    const lines = text.split('\n').filter((l) => l.includes('• <!date^'));
    expect(lines).toHaveLength(LEGAL_CLOCKS_PER_INCIDENT);
    expect(lines[0]).toMatch(/GDPR · :rotating_light: overdue$/);
    expect(lines[1]).toMatch(/California · :rotating_light: overdue$/);
    expect(lines[2]).not.toContain('overdue');
    expect(text).toContain(`…and ${REGIMES.length - LEGAL_CLOCKS_PER_INCIDENT} more clocks`);
    expect(textOf(blocks, 'home-intro')).toContain('You are in the legal group: 1 open incident in all');
  });

  test('the phase is shown with the status (investigating when the record has none); titles are escaped', () => {
    const record: Incident = { ...incident(3, { title: 'Leak <!channel> & co' }), phase: 'contained' };
    const blocks = homeView(home({ incidents: [incidentOverview(record, [], now)] })).blocks as unknown[];
    const text = textOf(blocks, `home-inc-${incident(3).id}`);
    expect(text).toContain('SEV4 · open · Contained · ');
    expect(text).toContain('Leak &lt;!channel&gt; &amp; co');
    expect(text).not.toContain('<!channel>');
    const older = homeView(home({ incidents: [incidentOverview(incident(4), [], now)] })).blocks as unknown[];
    expect(textOf(older, `home-inc-${incident(4).id}`)).toContain('SEV1 · open · Investigating · ');
  });

  test('a drill’s clocks run on its sped-up clock and it is marked as one', () => {
    const drill = incident(6, { drill: true, drillSpeed: 60, openedAt: now.toISOString() });
    // A 72-hour clock from open is due 72 minutes after open at speed 60.
    const overview = incidentOverview(drill, [notice('gdpr', 72)], now);
    expect(overview.next?.dueAt).toBe(new Date(now.getTime() + 72 * 60_000).toISOString());
    const text = textOf(homeView(home({ incidents: [overview] })).blocks as unknown[], `home-inc-${drill.id}`);
    expect(text.startsWith('[DRILL] ')).toBe(true);
  });

  test('nobody’s incidents: the Home says so, with the button to declare', () => {
    const blocks = homeView(home({})).blocks as unknown[];
    expect(textOf(blocks, 'home-empty')).toContain('You are not in any open incident’s channel');
    expect(JSON.stringify(blocks)).toContain(`"action_id":"${HOME_DECLARE_ACTION_ID}"`);
    expect(checkBlocks(blocks, 'view')).toEqual({ ok: true });
  });
});

describe('the Home with no open incident', () => {
  test.each([false, true])('legal view %s: says so once, says what shows here, never "0 open incidents"', (legal) => {
    const view = homeView(home({ legal }));
    expect(checkBlocks(view.blocks, 'view')).toEqual({ ok: true });
    const intro = textOf(view.blocks, 'home-intro');
    expect(intro).not.toMatch(/\b0 open incidents\b/);
    expect(textOf(view.blocks, 'home-empty')).toMatch(/not in any open incident’s channel|No incident is open/);
    expect(JSON.stringify(view.blocks)).toContain(HOME_DECLARE_ACTION_ID);
  });
});
