import { obligation, stateFacts } from './state-facts';

type Op = '>' | '>=';

/**
 * Regulator notice thresholds, residents of the state, as each statute words them ("more than" vs "or more").
 * Where the sources disagree (shared/research/breach-deadlines.md §8), the comment names both and the
 * expectation follows the broader one (issue 14): a notice at the boundary rather than a missed one.
 */
const REGULATOR: Array<[code: string, op: Op, count: number]> = [
  ['US-AL', '>', 1000], // § 8-38-6: more than 1,000
  ['US-AZ', '>', 1000], // § 18-552(B): more than 1,000
  ['US-AR', '>', 1000], // § 4-110-105(d): more than 1,000
  ['US-CA', '>', 500], // § 1798.82(f): more than 500
  ['US-CO', '>=', 500], // § 6-1-716(2)(f): 500 or more
  ['US-DC', '>=', 50], // § 28-3852(b-1): 50 or more
  ['US-DE', '>', 500], // § 12B-102(d): exceeds 500
  ['US-FL', '>=', 500], // § 501.171(3): 500 or more
  ['US-HI', '>', 1000], // § 487N-2(f): more than 1,000
  ['US-IL', '>', 500], // 530/10(e): more than 500
  // Sources conflict: § 715C.2(8) "more than five hundred" vs the AG's page "at least 500"; the broader, the AG's.
  ['US-IA', '>=', 500],
  ['US-MO', '>', 1000], // § 407.1500.2(8): more than 1,000
  ['US-ND', '>', 250], // § 51-30-02: "exceeds two hundred fifty individuals" (counted in total; all ND here)
  ['US-NM', '>', 1000], // § 57-12C-10: more than 1,000
  ['US-OK', '>=', 500], // SB 626: 500 or more (fewer than 500 exempt)
  ['US-OR', '>', 250], // § 646A.604(1)(b): exceeds 250
  ['US-PA', '>', 500], // § 2303(c.1): more than 500
  ['US-RI', '>', 500], // § 11-49.3-4(a)(2): more than 500
  // Sources conflict: § 39-1-90(K) "more than one thousand" vs the Department's site "1,000 or more"; the broader.
  ['US-SC', '>=', 1000],
  ['US-SD', '>', 250], // § 22-40-20: exceeds 250
  ['US-TX', '>=', 250], // § 521.053(i): at least 250
  ['US-UT', '>=', 500], // § 13-44-202: 500 or more
  ['US-WA', '>', 500], // RCW 19.255.010(7): more than 500
];

/** Regulators told of any notifiable breach, whatever the number. */
const REGULATOR_ANY = [
  'US-CT',
  'US-IN',
  'US-LA',
  'US-ME',
  'US-MD',
  'US-MA',
  'US-MT',
  'US-NE',
  'US-NH',
  'US-NJ',
  'US-NY',
  'US-NC',
  'US-PR',
  'US-VT',
  'US-VA',
];

/** No general regulator notice for private entities. */
const NO_REGULATOR = [
  'US-GA',
  'US-GU',
  'US-ID',
  'US-KS',
  'US-KY',
  'US-MI',
  'US-MN',
  'US-MS',
  'US-NV',
  'US-OH',
  'US-TN',
  'US-VI',
  'US-WV',
  'US-WI',
  'US-WY',
];

/** Consumer-reporting-agency notice thresholds (the research's figures; where sources conflict, the broader). */
const BUREAUS: Array<[code: string, op: Op, count: number]> = [
  ['US-AL', '>', 1000],
  ['US-AK', '>', 1000],
  ['US-AZ', '>', 1000],
  ['US-CO', '>=', 1000], // § 6-1-716(2)(d) unread, sources disagree: the broader reading, 1,000 or more
  ['US-DC', '>', 1000],
  ['US-FL', '>', 1000],
  ['US-GA', '>', 10000],
  ['US-HI', '>', 1000],
  ['US-IN', '>', 1000],
  ['US-KS', '>', 1000],
  ['US-KY', '>', 1000],
  ['US-ME', '>', 1000],
  ['US-MD', '>=', 1000], // § 14-3506: 1,000 or more
  // Sources conflict: MCL 445.72(8)(a) exempts "1,000 or fewer residents" vs csrps "1,000 or more"; the broader.
  ['US-MI', '>=', 1000],
  ['US-MN', '>', 500], // § 325E.61 subd. 2: more than 500, within 48 hours
  ['US-MO', '>', 1000],
  ['US-NV', '>', 1000],
  ['US-NH', '>', 1000],
  ['US-NJ', '>', 1000],
  ['US-NM', '>', 1000],
  ['US-NY', '>', 5000], // § 899-aa(8)(b): more than 5,000
  ['US-NC', '>', 1000],
  ['US-OH', '>', 1000],
  ['US-OR', '>', 1000],
  ['US-PA', '>', 500], // § 2305 as amended by Act 33 of 2024: "more than 500 persons at one time"
  ['US-RI', '>', 500],
  ['US-SC', '>=', 1000], // § 39-1-90(K), one threshold with the Department's notice: the broader reading, as above
  ['US-TN', '>', 1000],
  ['US-TX', '>', 10000], // § 521.053(h): more than 10,000
  ['US-UT', '>=', 1000],
  ['US-VT', '>', 1000],
  ['US-VA', '>', 1000],
  ['US-WV', '>', 1000],
  ['US-WI', '>=', 1000], // § 134.98(2)(br) as Foley and others word it: 1,000 or more individuals (statute not read)
];

const NO_BUREAUS = [
  'US-AR',
  'US-CA',
  'US-CT',
  'US-DE',
  'US-GU',
  'US-ID',
  'US-IL',
  'US-IA',
  'US-LA',
  'US-MS',
  'US-MT',
  'US-NE',
  'US-ND',
  'US-OK',
  'US-PR',
  'US-VI',
  'US-WA',
  'US-WY',
];

const lower = (code: string) => code.slice(3).toLowerCase();
const meets = (op: Op, n: number, count: number) => (op === '>' ? n > count : n >= count);

function listed(code: string, recipient: string, n: number): boolean {
  const id = `us-${lower(code)}/${recipient}`;
  return obligation(stateFacts(code, { affected: { [code]: n } }), id) !== undefined;
}

describe('regulator notice thresholds, at and either side of the boundary', () => {
  it.each(
    REGULATOR.flatMap(([code, op, count]) => [count - 1, count, count + 1].map((n) => [code, op, count, n] as const)),
  )('%s %s %d with %d residents', (code, op, count, n) => {
    expect(listed(code, 'regulator', n)).toBe(meets(op, n, count));
  });

  it.each(REGULATOR_ANY)('%s: the regulator is told of a breach of a single resident', (code) => {
    expect(listed(code, 'regulator', 1)).toBe(true);
  });

  it.each(NO_REGULATOR)('%s: no regulator notice however many residents', (code) => {
    expect(listed(code, 'regulator', 1_000_000)).toBe(false);
  });

  it('Alaska: the AG is told only when relying on the no-harm exception, or having decided harm is unlikely', () => {
    const id = 'us-ak/regulator/no-harm-determination';
    expect(obligation(stateFacts('US-AK', { judgments: { relyingOnNoHarmException: true } }), id)).toBeDefined();
    expect(
      obligation(stateFacts('US-AK', { judgments: { relyingOnNoHarmException: false, riskOfHarm: true } }), id),
    ).toBeUndefined();
    expect(obligation(stateFacts('US-AK', { judgments: { riskOfHarm: false } }), id)).toBeDefined();
  });
});

describe('consumer reporting agency thresholds, at and either side of the boundary', () => {
  it.each(
    BUREAUS.flatMap(([code, op, count]) => [count - 1, count, count + 1].map((n) => [code, op, count, n] as const)),
  )('%s %s %d with %d residents', (code, op, count, n) => {
    expect(listed(code, 'credit_bureaus', n)).toBe(meets(op, n, count));
  });

  it.each(['US-MA', 'US-SD'])('%s: bureau notice without a numeric threshold', (code) => {
    expect(listed(code, 'credit_bureaus', 1)).toBe(true);
  });

  it.each(NO_BUREAUS)('%s: no bureau notice however many residents', (code) => {
    expect(listed(code, 'credit_bureaus', 1_000_000)).toBe(false);
  });

  it('Minnesota bureaus within 48 hours', () => {
    const o = obligation(stateFacts('US-MN', { affected: { 'US-MN': 501 } }), 'us-mn/credit_bureaus');
    expect(o?.dueAt).toBe('2026-03-04T14:00:00.000Z');
  });
});
