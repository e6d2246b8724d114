import { newIncident } from '../../src/domain/incidents/incident';
import { registerCsv, registerRows } from '../../src/domain/register/register-export';
import { record } from '../reminders/fixtures';

/** The register as rows and as RFC 4180 CSV: what a spreadsheet opens. */
const openedAt = new Date('2026-11-29T10:00:00.000Z');
const incident = newIncident(
  'INC-9',
  { title: 'T', severity: 'sev1', regimes: [], drill: false, speed: 1, openedBy: 'UALICE', openedAt },
  { id: 'C0INC9', name: 'inc-9' },
  'data-breach',
);

test('one row per obligation, soonest first; people by name, times in the named zone, stages named', () => {
  const t0 = openedAt.toISOString();
  const initial = {
    ...record('dora/regulator/initial', t0, 24 * 3600_000),
    doneAt: '2026-11-29T20:30:00.000Z',
    doneBy: 'UALICE',
    doneNote: 'Portal ref "A-1", sent\nby Alice',
  };
  const rows = registerRows(incident, [record('freddie-mac/counterparty', t0, 36 * 3600_000), initial], {
    now: new Date('2026-11-30T00:00:00.000Z'),
    zone: 'America/New_York',
    names: new Map([['UALICE', 'Alice Adams']]),
  });
  expect(rows.map((r) => [r.obligation, r.regime, r.stage, r.status, r.due, r.done, r.by])).toEqual([
    [
      'dora/regulator/initial',
      'DORA',
      'initial notification',
      'done on time',
      '2026-11-30 05:00 America/New_York',
      '2026-11-29 15:30 America/New_York',
      'Alice Adams (UALICE)',
    ],
    ['freddie-mac/counterparty', 'Freddie Mac', '', 'open', '2026-11-30 17:00 America/New_York', '', ''],
  ]);
  const csv = registerCsv(rows, 'America/New_York');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe(
    '"obligation","regime","stage","jurisdiction","recipient","due (America/New_York)","status","done (America/New_York)","by","note","citation","caveat"',
  );
  // Quotes doubled, the line break kept inside its quoted field, CRLF only between records.
  expect(csv).toContain('"Portal ref ""A-1"", sent\nby Alice"');
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(lines).toHaveLength(4);
});

test('a field a spreadsheet would run as a formula is written as text', () => {
  const o = { ...record('us-ca/regulator', openedAt.toISOString(), 3600_000), doneNote: '=HYPERLINK("x")' };
  const csv = registerCsv(registerRows(incident, [o], { now: openedAt, zone: 'UTC', names: new Map() }), 'UTC');
  expect(csv).toContain('"\'=HYPERLINK(""x"")"');
});
