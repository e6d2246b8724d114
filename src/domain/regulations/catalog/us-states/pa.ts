import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Pennsylvania Breach of Personal Information Notification Act, 73 P.S. §§ 2301–2330. Act 151 of 2022 (effective
 * 2023-05-02) added medical, health-insurance and credential elements. Act 33 of 2024 (effective 2024-09-26):
 * AG notice concurrently with individual notice when more than 500 residents must be notified (§ 2303(c.1));
 * bureaus above 500 (was more than 1,000); 12 months of credit monitoring for SSN, bank account or licence/ID.
 */

const ACT_151_2022 = '2023-05-02';
const ACT_33_2024 = '2024-09-26';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://databreaches.net/2024/07/07/new-pennsylvania-law-will-offer-added-protections-for-victims-of-data-breaches-and-new-reporting-requirements (quotes Act 33 § 3(c.1): "more than 500 ... notice shall be made concurrently to the Office of Attorney General"; (c.2) insurance-data-security exemption)',
    'https://www.einpresswire.com/article/639870650/senate-bill-824-printer-s-number-899 (SB 824 PN 899 bill text, same (c.1))',
    'https://complyauto.com/pennsylvania-updates-data-breach-law-ag-notice-credit-monitoring-may-be-required (effective 2024-09-26; CRA threshold 500 or more, down from 1,000)',
    'https://legacy.dataguidance.com/news/pennsylvania-governor-approves-bill-amending-breach (element list as amended)',
  ],
  unverified: [
    '§ 2303(c.1) is read only in a news quotation and a printer\'s-number bill text; the bureau threshold is read in § 2305 (READ_BUREAUS below), where a secondary source\'s "500 or more" was wrong; Act 151 date and the 2006-06-20 original date from memory.',
    SIXTH_PASS_UNREAD,
    SEVENTH_PASS_UNREAD,
  ].join(' '),
};

/** 73 P.S. §§ 2303(a) and 2305 as FindLaw publishes them, quoted in the OpenAgreements Pennsylvania practice note. */
const FINDLAW_QUOTED =
  'OpenAgreements practice note "Pennsylvania" (https://openagreements.org/practice-guides/privacy/us/pennsylvania, snapshot 2026-06-19, read in a public GitHub copy), quoting the sections from https://codes.findlaw.com/pa/title-73-ps-trade-and-commerce/';
const READ_BUREAUS: Verification = {
  confidence: 'V',
  sources: [
    `${FINDLAW_QUOTED}pa-st-sect-73-2305/: § 2305 "When an entity provides notification under this act to more than 500 persons at one time, the entity shall also notify, without unreasonable delay, all consumer reporting agencies that compile and maintain files on consumers on a nationwide basis ... of the timing, distribution and number of notices."`,
    'https://thewbkfirm.com/industry/amended-pa-breach-of-personal-information-notification-act-effective (Act 33 "lowers the threshold that triggers notification to consumer reporting agencies (CRAs) from 1,000 persons to 500 persons")',
    ...VERIFICATION.sources,
  ],
  unverified:
    'The current text is read; the earlier "more than 1,000" is from secondary sources, and the Act 151 and Act 33 dates are not read in the acts.',
};
const READ_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    `${FINDLAW_QUOTED}pa-st-sect-73-2303/: § 2303(a) "An entity that maintains, stores or manages computerized data that includes personal information shall provide notice of any breach of the security of the system following determination of the breach of the security of the system to any resident of this Commonwealth whose unencrypted and unredacted personal information was or is reasonably believed to have been accessed and acquired by an unauthorized person."`,
    'https://coursevector.com/pennsylvanias-breach-notification-law/ (quoting the 2006 text: "The notice shall be made without unreasonable delay.")',
    ...VERIFICATION.sources,
  ],
  unverified:
    'The timing sentence ("without unreasonable delay") is read only in a quotation of the 2006 text. The current (a) runs "following determination" of the breach where the 2006 text said "following discovery"; with no period written, the clock is still shown from discovery (the earlier reading), and which act changed the word is not read.',
};

const BASE: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach causes or is reasonably believed to have caused or to cause loss or injury to a Pennsylvania resident (73 P.S. § 2302 "breach of the security of the system")',
  ),
};
const FROM_ACT_151: StateVersion['applies'] = {
  ...BASE,
  data: { withName: [...CORE_ELEMENTS, ...HEALTH], standalone: ['credentials'] },
};

const WITHOUT_DELAY = noFixedPeriod('without unreasonable delay');

export const PA_RULES: Rule[] = [
  stateRule('pa', 'individuals', {
    recipientName: 'each affected Pennsylvania resident',
    citation: '73 P.S. § 2303(a)',
    versions: [
      { inForceFrom: '2006-06-20', applies: BASE, deadline: WITHOUT_DELAY },
      { inForceFrom: ACT_151_2022, applies: FROM_ACT_151, deadline: WITHOUT_DELAY },
      {
        inForceFrom: ACT_33_2024,
        applies: FROM_ACT_151,
        deadline: WITHOUT_DELAY,
        notes: [
          'If SSNs, bank account numbers or licence/state ID numbers were taken, offer 12 months of credit monitoring and a credit report (Act 33 of 2024).',
        ],
      },
    ],
    verification: READ_INDIVIDUALS,
  }),
  stateRule('pa', 'regulator', {
    recipientName: 'Pennsylvania Office of Attorney General',
    citation: '73 P.S. § 2303(c.1) (Act 33 of 2024)',
    versions: [
      {
        inForceFrom: ACT_33_2024,
        applies: { ...FROM_ACT_151, thresholds: residentsOver(500) },
        deadline: tiedToIndividualNotice('pa', 'concurrent', 'concurrently with the notice to affected individuals'),
        notes: ['Not required of an entity subject to 40 Pa.C.S. Ch. 45 (insurance data security) (§ 2303(c.2)).'],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('pa', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: '73 P.S. § 2305',
    versions: [
      { inForceFrom: '2006-06-20', applies: { ...BASE, thresholds: residentsOver(1000) }, deadline: WITHOUT_DELAY },
      {
        inForceFrom: ACT_151_2022,
        applies: { ...FROM_ACT_151, thresholds: residentsOver(1000) },
        deadline: WITHOUT_DELAY,
      },
      {
        inForceFrom: ACT_33_2024,
        citation: '73 P.S. § 2305 (Act 33 of 2024)',
        // "more than 500 persons at one time" (§ 2305 as amended); a secondary source's "500 or more" was followed before.
        applies: { ...FROM_ACT_151, thresholds: residentsOver(500) },
        deadline: WITHOUT_DELAY,
      },
    ],
    verification: READ_BUREAUS,
  }),
];
