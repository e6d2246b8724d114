import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * South Carolina, S.C. Code § 39-1-90 (effective 2009-07-01). More than 1,000 persons notified at one time: the
 * Consumer Protection Division of the Department of Consumer Affairs and the bureaus. The sources disagree: the
 * Department's site says "1,000 or more"; the statute's text, § 39-1-90(K), Perkins and DWT say "more than one
 * thousand" (shared/research/breach-deadlines.md §8 item 7). Where sources conflict the catalog takes the broader
 * reading (issue 14): 1,000 persons get both notices, which (K) ties to one threshold.
 */

const IN_FORCE = '2009-07-01';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/south-carolina/content/title-title-39/chapter-chapter-1.json (code mirror of S.C. Code § 39-1-90): (A) "in the most expedient time possible and without unreasonable delay" when "illegal use of the information has occurred or is reasonably likely to occur or use of the information creates a material risk of harm"; (K) "more than one thousand persons at one time ... shall notify, without unreasonable delay, the Consumer Protection Division of the Department of Consumer Affairs and all consumer reporting agencies ... of the timing, distribution, and content of the notice"; history "2008 Act No. 190, Section 7.A, eff July 1, 2009; 2013 Act No. 15"',
    'shared/research/breach-deadlines.md §5 us-sc (V: consumer.sc.gov "1,000 or more", a paraphrase the statute does not bear out) and §8 item 7',
  ],
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS, 'financial_account'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'illegal use of the information has occurred or is reasonably likely to occur, or use of the information creates a material risk of harm to the resident (S.C. Code § 39-1-90(D)(1))',
  ),
};

export const SC_RULES: Rule[] = [
  stateRule('sc', 'individuals', {
    recipientName: 'each affected South Carolina resident',
    citation: 'S.C. Code § 39-1-90(A)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFICATION,
  }),
  stateRule('sc', 'regulator', {
    recipientName: 'Consumer Protection Division, South Carolina Department of Consumer Affairs',
    citation: 'S.C. Code § 39-1-90(K)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        // Broader reading: the Department's "1,000 or more" over § 39-1-90(K)'s "more than one thousand".
        applies: { ...APPLIES, thresholds: residentsAtLeast(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('sc', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'S.C. Code § 39-1-90(K)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        // Broader reading: the Department's "1,000 or more" over § 39-1-90(K)'s "more than one thousand".
        applies: { ...APPLIES, thresholds: residentsAtLeast(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
