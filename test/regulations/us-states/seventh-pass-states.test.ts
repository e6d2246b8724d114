import type { FactsInput } from '../../../src/domain/regulations/facts';
import { find } from '../regime-fixtures';
import { readingStateBreach as breach, readingMaintainer as maintainer } from './state-facts';

/**
 * Issue 13, seventh verification pass: state rules checked against the statute's own words. Each row names the words
 * it follows, the facts, and what the user is shown: the due instant worked out by hand (null: no fixed period;
 * 'absent': not owed), the section cited, and whether the "confirm with counsel" caveat of an unread rule remains.
 */

interface Row {
  words: string;
  facts: FactsInput;
  id: string;
  due: string | null | 'absent';
  /** The section the obligation must cite (a pattern), where the pass corrected or narrowed it. */
  citation?: RegExp;
  /** Read in the text: no caveat. Left unread: a caveat stays. */
  read?: boolean;
}

const ROWS: Row[] = [
  {
    words:
      'D.C. Code § 28-3851(1)(B)(iii) (codified XML, D.C. Law 23-98): no breach where the organisation "reasonably determines, after a reasonable investigation and consultation with the Office of the Attorney General ... and federal law enforcement agencies, will likely not result in harm" — the consultation, no fixed period',
    facts: breach('US-DC', { judgments: { riskOfHarm: false } }),
    id: 'us-dc/regulator/no-harm-consultation',
    due: null,
    citation: /28-3851\(1\)\(B\)\(iii\)/,
    read: true,
  },
  {
    words: 'D.C. Code § 28-3851(1)(B)(iii): no consultation is owed when harm is likely (notice is given instead)',
    facts: breach('US-DC'),
    id: 'us-dc/regulator/no-harm-consultation',
    due: 'absent',
  },
  {
    words:
      'AS 45.48.030 is "Methods of notice" in the chapter\'s own section list; the information recipient\'s duty ("immediately after the information recipient discovers the breach ... shall notify the information distributor") is cited to AS 45.48.070',
    facts: maintainer('US-AK'),
    id: 'us-ak/data_owner',
    due: null,
    citation: /45\.48\.070/,
    read: false,
  },
  {
    words:
      '9 V.S.A. § 2435(b)(2), official text as stored: the maintainer notifies the owner "immediately following discovery of the breach" (no 14-day period found)',
    facts: maintainer('US-VT'),
    id: 'us-vt/data_owner',
    due: null,
    read: true,
  },
];

describe('seventh pass: state rules read in the statute text', () => {
  it.each(ROWS.map((row) => [row.words, row] as const))('%s', (_words, row) => {
    const o = find(row.facts, row.id);
    if (row.due === 'absent') {
      expect(o).toBeUndefined();
      return;
    }
    expect(o).toBeDefined();
    expect(o?.dueAt ?? null).toBe(row.due);
    if (row.citation) expect(o?.citation).toMatch(row.citation);
    if (row.read === true) expect(o?.caveat).toBeUndefined();
    if (row.read === false) expect(o?.caveat).toBeDefined();
  });
});
