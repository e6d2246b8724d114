import { CATALOG } from '../../src/domain/regulations/catalog';
import type { FactsInput } from '../../src/domain/regulations/facts';
import { find } from './regime-fixtures';

/**
 * Issue 13, sixth verification pass: the insurance data-security acts on the NAIC model, read in each state's own
 * notice section where a copy could be found (the rule's `sources` quote the words). Each row names the words it
 * follows; the expected due instant is worked out by hand from the period those words state ('absent': not owed).
 */

const HOUR = 3600 * 1000;
const plusHours = (iso: string, n: number): string => new Date(new Date(iso).getTime() + n * HOUR).toISOString();

// Wed 4 Mar 2026, 15:00 UTC (9 a.m. Central, 10 a.m. Eastern): no holiday of these states in the following week.
const WED = '2026-03-04T15:00:00Z';

/** An insurer domiciled in `state` whose determination falls at `determinedAt`. */
const domiciled = (state: string, determinedAt = WED): FactsInput => ({
  entityTypes: ['insurance_licensee'],
  domicile: [state as 'US-IA'],
  discoveredAt: determinedAt,
});

/** An insurer domiciled in Texas with `count` consumers of `state` affected. */
const residents = (state: string, count: number, reportable: boolean): FactsInput => ({
  entityTypes: ['insurance_licensee'],
  domicile: ['US-TX'],
  affected: { [state]: count } as FactsInput['affected'],
  dataTypes: ['name', 'ssn'],
  judgments: { insuranceEventReportable: reportable },
  discoveredAt: WED,
});

type Row = [source: string, facts: FactsInput, id: string, due: string | 'absent'];

const ROWS: Row[] = [
  // Contradictions found in the text and fixed.
  [
    'Iowa Code § 507F.7(1): "no later than three business days from the date of the licensee\'s confirmation": confirmed Mon 2 Mar 2026 22:00 CST, Tue-Wed-Thu, due Thu 5 Mar 17:00 CST (72 hours ran to Thu 22:00)',
    domiciled('US-IA', '2026-03-03T04:00:00Z'),
    'naic-ia/regulator',
    '2026-03-05T23:00:00.000Z',
  ],
  [
    "Iowa Code § 507F.7(1) on Iowa's own days (§§ 1C.1, 1C.2): confirmed Wed 25 Nov 2026, Thanksgiving skipped, the Friday after counted, due Tue 1 Dec 17:00 CST",
    domiciled('US-IA', '2026-11-25T15:00:00Z'),
    'naic-ia/regulator',
    '2026-12-01T23:00:00.000Z',
  ],
  [
    'Va. Code § 38.2-625(A)(2): "250 or more consumers residing in the Commonwealth" bring the notice in alone, with no reportable-event judgment (3 business days shown as 3 calendar days)',
    residents('US-VA', 250, false),
    'naic-va/regulator',
    plusHours(WED, 72),
  ],
  [
    'Va. Code § 38.2-625(A)(2): "or the licensee is required ... to provide notice of the cybersecurity event to any government body": 10 Virginians suffice',
    residents('US-VA', 10, true),
    'naic-va/regulator',
    plusHours(WED, 72),
  ],
  [
    'RSA 420-P:6, I: "within 3 business days of a determination": determined Fri 6 Mar 2026 23:30 EST, the third day (Mon 9 Mar, EDT after the spring change) ends before 72 hours do',
    domiciled('US-NH', '2026-03-07T04:30:00Z'),
    'naic-nh/regulator',
    '2026-03-10T03:59:59.999Z',
  ],
  [
    'Tenn. Code § 56-2-1006(a): "in no event more than three (3) business days": the same Friday night, the third day ends in Eastern time first',
    domiciled('US-TN', '2026-03-07T04:30:00Z'),
    'naic-tn/regulator',
    '2026-03-10T03:59:59.999Z',
  ],
  [
    'Wis. Stat. § 601.954(1)(b): "no later than 3 business days from the determination": determined Fri 6 Mar 2026 23:30 CST, the third day ends before 72 hours do',
    domiciled('US-WI', '2026-03-07T05:30:00Z'),
    'naic-wi/regulator',
    '2026-03-10T04:59:59.999Z',
  ],
  [
    'Indiana Department of Insurance: the Law "went into effect on July 1, 2021" (Faegre Drinker: June 30): not on 30 June',
    domiciled('US-IN', '2021-06-30T16:00:00Z'),
    'naic-in/regulator',
    'absent',
  ],
  [
    'Indiana: from 1 July 2021',
    domiciled('US-IN', '2021-07-01T16:00:00Z'),
    'naic-in/regulator',
    '2021-07-04T16:00:00.000Z',
  ],
  // A missing adoption, encoded from its text.
  [
    'RSMo § 375.1410.1: "in no event later than four business days, from a determination" (4 business days shown as 4 calendar days)',
    domiciled('US-MO'),
    'naic-mo/regulator',
    plusHours(WED, 96),
  ],
  [
    'RSMo § 375.1410.1(2): "two hundred fifty or more consumers residing in this state" with a notice duty or material harm',
    residents('US-MO', 250, true),
    'naic-mo/regulator',
    plusHours(WED, 96),
  ],
  ['RSMo § 375.1410.1(2): 249 do not', residents('US-MO', 249, true), 'naic-mo/regulator', 'absent'],
  [
    'RSMo §§ 375.1400-375.1427 "Effective 1-01-26": not on 31 December 2025',
    domiciled('US-MO', '2025-12-31T18:00:00Z'),
    'naic-mo/regulator',
    'absent',
  ],
  // Read in the text, unchanged.
  [
    'Va. Code § 38.2-625(A)(2): fewer than 250 Virginians and no duty to notify another government body: no notice',
    residents('US-VA', 10, false),
    'naic-va/regulator',
    'absent',
  ],
  [
    'Va. Code § 38.2-625: not before the Act took effect (1 July 2020)',
    domiciled('US-VA', '2020-06-30T15:00:00Z'),
    'naic-va/regulator',
    'absent',
  ],
  [
    'Ala. Code § 27-62-6(a): "in no event later than three business days": Thu, Fri, Mon 9 Mar 17:00 CDT',
    domiciled('US-AL'),
    'naic-al/regulator',
    '2026-03-09T22:00:00.000Z',
  ],
  [
    'N.D. Cent. Code § 26.1-02.2-05(1): "no later than three business days": 72 hours shown, never later',
    domiciled('US-ND'),
    'naic-nd/regulator',
    plusHours(WED, 72),
  ],
  [
    'RSA 420-P:6, I(b): 249 New Hampshire consumers do not bring the notice in',
    residents('US-NH', 249, true),
    'naic-nh/regulator',
    'absent',
  ],
  ['RSA 420-P:6, I(b): 250 do', residents('US-NH', 250, true), 'naic-nh/regulator', plusHours(WED, 72)],
  [
    'RSA 420-P:5 history "2019, 309:1, eff. Jan. 1, 2020": not before',
    domiciled('US-NH', '2019-12-31T15:00:00Z'),
    'naic-nh/regulator',
    'absent',
  ],
  [
    'Iowa Code § 507F.7(1)(b): "two hundred fifty or more consumers" with a notice duty or material harm',
    residents('US-IA', 250, true),
    'naic-ia/regulator',
    '2026-03-09T22:00:00.000Z',
  ],
];

describe('insurance data-security acts read in their own notice sections', () => {
  it.each(ROWS)('%s', (_source, facts, id, due) => {
    const o = find(facts, id);
    if (due === 'absent') return expect(o).toBeUndefined();
    expect(o).toBeDefined();
    expect(o?.dueAt ?? null).toBe(due);
  });
});

describe('rules marked V in this pass quote the operative words they were read in', () => {
  test.each([
    ['naic-al/regulator', 'in no event later than three business days from a determination'],
    ['naic-mo/regulator', 'in no event later than four business days, from a determination'],
    ['naic-ia/regulator', "no later than three business days from the date of the licensee's confirmation"],
    ['naic-nh/regulator', 'within 3 business days of a determination'],
    ['naic-nd/regulator', 'no later than three business days from a determination'],
    ['naic-tn/regulator', 'in no event more than three (3) business days'],
    ['naic-va/regulator', 'in no event later than three business days from such determination'],
    ['naic-wi/regulator', 'no later than 3 business days from the determination'],
  ])('%s: "%s"', (id, words) => {
    const rule = CATALOG.find((r) => r.id === id);
    expect(rule?.verification.confidence).toBe('V');
    expect(rule?.verification.sources.join(' ')).toContain(words);
  });

  it('the Iowa obligation says which calendar its business days are counted on', () => {
    expect(find(domiciled('US-IA'), 'naic-ia/regulator')?.deadline).toMatch(/Iowa's own holidays/);
  });
});
