import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';

/**
 * Arkansas Personal Information Protection Act, Ark. Code §§ 4-110-101 to -108; the AG notice was added by Act
 * 1030 of 2019 (effective 2019-07-23): at the same time as individuals are notified or within 45 days after
 * determining there is a reasonable likelihood of harm, whichever is first (§ 4-110-105(d)).
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ar (S: Constangy; DWT; legalclarity)',
    'http://www.perkinscoie.com/sc_arkansas (H.B. 1943, Act 1030 of 2019, "Effective July 23, 2019")',
    'https://www.constangy.com/data-privacy-us-ar (AG notice "if more than 1,000 Arkansas residents are notified ... at the same time the entity notifies the affected class, or 45 days after it determines there is a reasonable likelihood of harm ..., whichever occurs first")',
    'https://www.lexmundi.com/guides/data-privacy-guide/jurisdictions/united-states/usa-arkansas (updated 2025-08-08: the 2025 session\'s act is HB 1549, the Arkansas Cybersecurity Act, for state agencies; PIPA\'s definitions "remain current" as updated in 2019)',
  ],
  unverified:
    'Statute text not read. Whether Act 262 of 2025 amended § 4-110-105 could not be read: no source found names it, and a guide updated 2025-08-08 lists only HB 1549 (state agencies) for 2025, so the 2019 text is kept. Mortgage-licensee 2-business-day rule (Ark. Admin. Code 214.00.2-5010) is catalogued separately (ar-fmla).',
};

const APPLIES: StateVersion['applies'] = {
  // § 4-110-103(7): name plus SSN, licence/state ID, account/card with code, medical information, biometric data.
  data: { withName: [...CORE_ELEMENTS, ...HEALTH, 'biometric'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment('there is a reasonable likelihood of harm to customers (Ark. Code § 4-110-105(d))'),
};

export const AR_RULES: Rule[] = [
  stateRule('ar', 'individuals', {
    recipientName: 'each affected Arkansas resident',
    citation: 'Ark. Code § 4-110-105(a)',
    versions: [
      {
        inForceFrom: '2005-08-12',
        applies: APPLIES,
        deadline: noFixedPeriod('in the most expedient time and manner possible and without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ar', 'regulator', {
    recipientName: 'Arkansas Attorney General',
    citation: 'Ark. Code § 4-110-105(d)',
    versions: [
      {
        inForceFrom: '2019-07-23',
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: {
          kind: 'earliest_of',
          words:
            'at the same time individuals are notified or within 45 days after determining a reasonable likelihood of harm, whichever is first',
          deadlines: [
            tiedToIndividualNotice('ar', 'concurrent', 'at the same time the affected individuals are notified'),
            calendarDays(
              45,
              'harmDeterminedAt',
              'within 45 days after determining there is a reasonable likelihood of harm',
            ),
          ],
        },
      },
    ],
    verification: VERIFICATION,
  }),
];
