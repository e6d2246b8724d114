import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';

/**
 * Connecticut, Conn. Gen. Stat. § 36a-701b. PA 15-142 set a 90-day limit from discovery (the statute's history
 * note; secondary sources give 2015-07-01 or 2015-10-01, and the earlier is taken); PA 21-59 cut it to 60 days
 * (2021-10-01). The AG is told not later than the residents are.
 */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/connecticut/content/title-title-36a-the-banking-law-of-connecticut/chapter-chapter-669-regulated-activities.json (Justia mirror of Conn. Gen. Stat. § 36a-701b, https://law.justia.com/codes/connecticut/title-36a/chapter-669/section-36a-701b/): (b)(1) "without unreasonable delay but not later than sixty days after the discovery of such breach"; harm exception "after an appropriate investigation ... will not likely result in harm"; (b)(2)(A) AG "not later than the time when notice is provided to the resident"; history note: P.A. 12-1 added the AG notice, P.A. 15-142 added the 90-day limit, P.A. 21-59 changed 90 days to 60 days',
    'https://perkinscoie.com/en/news-insights/security-breach-notification-chart-connecticut.html (S.B. 949 = P.A. 15-142 effective Oct. 1, 2015; H.B. 5310 = P.A. 21-59 effective Oct. 1, 2021)',
    'https://www.lexology.com/library/detail.aspx?g=5c9a4e02-6f85-42b7-928c-e2ad7e803df5 (P.A. 15-142 in force 1 July 2015)',
    'shared/research/breach-deadlines.md §5 us-ct and §8 item 2 (V: portal.ct.gov AG page, 60 days since 2021-10-01)',
  ],
  unverified:
    'The in-force dates are from secondary sources, which split on P.A. 15-142 (2015-07-01 or 2015-10-01); the earlier is encoded. Breaches before P.A. 15-142 (no fixed period; AG notice since 2012-10-01) are not covered by this catalog.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 36a-701b(a)(2)/§ 42-471: name plus SSN, TIN, IRS identity PIN, licence/ID/passport/military ID, account/card
    // with code, medical and health-insurance information, biometric data; credentials alone.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric'],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'after an appropriate investigation and consultation with law enforcement, the breach is likely to result in harm to the residents (Conn. Gen. Stat. § 36a-701b(b)(1))',
  ),
};

const CREDIT_MONITORING_NOTE =
  'If SSNs or ITINs were taken, offer at least 24 months of identity theft prevention and mitigation services (§ 36a-701b(b)(2)(B)).';

export const CT_RULES: Rule[] = [
  stateRule('ct', 'individuals', {
    recipientName: 'each affected Connecticut resident',
    citation: 'Conn. Gen. Stat. § 36a-701b(b)(1)',
    versions: [
      {
        inForceFrom: '2015-07-01',
        citation: 'Conn. Gen. Stat. § 36a-701b(b)(1) (PA 15-142)',
        applies: APPLIES,
        deadline: calendarDays(
          90,
          'discoveredAt',
          'without unreasonable delay but not later than 90 days after discovery of the breach',
        ),
      },
      {
        inForceFrom: '2021-10-01',
        citation: 'Conn. Gen. Stat. § 36a-701b(b)(1) (PA 21-59)',
        applies: APPLIES,
        deadline: calendarDays(
          60,
          'discoveredAt',
          'without unreasonable delay but not later than 60 days after discovery of the breach',
        ),
        notes: [CREDIT_MONITORING_NOTE],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ct', 'regulator', {
    recipientName: 'Connecticut Attorney General',
    citation: 'Conn. Gen. Stat. § 36a-701b(b)(2)',
    versions: [
      {
        inForceFrom: '2015-07-01',
        applies: APPLIES,
        deadline: tiedToIndividualNotice(
          'ct',
          'no_later_than',
          'not later than the time notice is provided to residents',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
];
