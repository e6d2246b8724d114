import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';

/**
 * Arkansas Personal Information Protection Act, Ark. Code §§ 4-110-101 to -108; the AG notice was added by Act
 * 1030 of 2019 (effective 2019-07-23): at the same time as individuals are notified or within 45 days after
 * determining there is a reasonable likelihood of harm, whichever is first. The code copy read places it at
 * § 4-110-105(b)(2), not (d) as cited before.
 */

/**
 * Current text of § 4-110-105(a)-(b), read in a code copy (fifth verification pass, issue 13). Its date is not
 * stated; it carries Act 1030's AG notice, so it is 2019 or later.
 */
export const AR_CODE_COPY =
  'https://getpocketlaw.com/law/state_arkansas/section-4-110-105-disclosure-of-security-breaches_d8c966436fc7 (code copy of Ark. Code § 4-110-105)';

const TEXT_READ: Verification = {
  confidence: 'V',
  sources: [
    `${AR_CODE_COPY}: (a)(2) "The disclosure shall be made in the most expedient time and manner possible and without unreasonable delay, consistent with the legitimate needs of law enforcement ..."; (b)(2) "If a breach of the security of a system affects the personal information of more than one thousand (1,000) individuals, the person or business required to make a disclosure of the security breach under subdivision (b)(1) of this section shall, at the same time the security breach is disclosed to an affected individual or within forty-five (45) days after the person or business determines that there is a reasonable likelihood of harm to customers, whichever occurs first, disclose the security breach to the Attorney General."`,
    'http://www.perkinscoie.com/sc_arkansas (H.B. 1943, Act 1030 of 2019, "Effective July 23, 2019")',
    "https://www.lexmundi.com/guides/data-privacy-guide/jurisdictions/united-states/usa-arkansas (updated 2025-08-08: the 2025 session's act is HB 1549, the Arkansas Cybersecurity Act, for state agencies)",
    'https://app.legiplex.com/ar/legislature/2025/2025-r/bills/hb1466/draft-2199808?id=2199808 (HB 1466, chaptered as "Act 262 of the Regular Session" 2025: "AN ACT TO AMEND THE FAIR MORTGAGE LENDING ACT"; SECTION 1 amends Ark. Code § 23-39-502: it does not touch § 4-110-105)',
  ],
  unverified:
    'The copy is undated and was read only to subsection (c)(2): the no-harm exception (cited as (d)) and the in-force date of Act 1030 (2019-07-23, Perkins) are not read in it. Act 262 of 2025 (HB 1466) amends the Fair Mortgage Lending Act (its title and first section read), not this section; its notice to the Securities Commissioner belongs to mortgage licensees and is not encoded here.',
};

const APPLIES: StateVersion['applies'] = {
  // § 4-110-103(7): name plus SSN, licence/state ID, account/card with code, medical information, biometric data.
  data: { withName: [...CORE_ELEMENTS, ...HEALTH, 'biometric'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment('there is a reasonable likelihood of harm to customers (Ark. Code § 4-110-105(d))'),
};

/**
 * § 4-110-105(b)(2) counts "more than one thousand (1,000) individuals", not residents of Arkansas: the broader
 * reading is encoded, every affected person counted, once an Arkansas resident is notified (as North Dakota).
 */
const MORE_THAN_1000_INDIVIDUALS = [{ op: '>' as const, count: 1000, scope: 'total' as const }];

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
    verification: TEXT_READ,
  }),
  stateRule('ar', 'regulator', {
    recipientName: 'Arkansas Attorney General',
    citation: 'Ark. Code § 4-110-105(b)(2)',
    versions: [
      {
        inForceFrom: '2019-07-23',
        applies: { ...APPLIES, thresholds: MORE_THAN_1000_INDIVIDUALS },
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
        notes: [
          'The text names "the person or business required to make a disclosure ... under subdivision (b)(1)" (the one that maintains data for another) for this notice: a maintainer and the data owner should agree who files it.',
        ],
      },
    ],
    verification: TEXT_READ,
  }),
];
