import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Pennsylvania Breach of Personal Information Notification Act, 73 P.S. §§ 2301–2330. Act 151 of 2022 (effective
 * 2023-05-02) added medical, health-insurance and credential elements. Act 33 of 2024 (effective 2024-09-26):
 * AG notice concurrently with individual notice when more than 500 residents must be notified (§ 2303(c.1));
 * bureaus from 500 (was more than 1,000); 12 months of credit monitoring for SSN, bank account or licence/ID.
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
    'Enrolled CRA section text not read (threshold "500 or more" from one secondary source); Act 151 date and the 2006-06-20 original date from memory.',
    SIXTH_PASS_UNREAD,
  ].join(' '),
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
    verification: VERIFICATION,
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
        applies: { ...FROM_ACT_151, thresholds: residentsAtLeast(500) },
        deadline: WITHOUT_DELAY,
      },
    ],
    verification: VERIFICATION,
  }),
];
