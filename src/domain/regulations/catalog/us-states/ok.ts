import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';

/**
 * Oklahoma Security Breach Notification Act, 24 O.S. §§ 161–166. SB 626 (2025) applies to the discovery,
 * determination or notification of a breach on or after 2026-01-01: it adds the AG notice (500 or more residents;
 * 1,000 or more for a credit bureau) within 60 days after notifying residents, and widens personal information.
 * Before 2026 there was no regulator notice.
 */

const SB_626 = '2026-01-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://www.tenaco.com/?p=13869 (AG notice "without unreasonable delay but in no event more than 60 days after providing notice to impacted Oklahoma residents"; applies to breaches discovered on or after 2026-01-01)',
    'https://www.insideprivacy.com/cybersecurity-2/oklahoma-substantially-amends-its-data-breach-notification-statute (500 or more; 1,000 or more for credit bureaus; new elements)',
    'https://www.troutmanprivacy.com/?p=30240 (pre-2026 element list; new elements)',
    'https://www.regulon.ai/bills/OK-SB-626/ (24 O.S. § 162 text as amended: breach "causes, or ... reasonably believes has caused or will cause, identity theft or other fraud")',
  ],
  unverified:
    'Enrolled SB 626 text not read in full. The exemption below 500 is read as "500 or more" triggers (secondary sources agree). The credit-bureau threshold of 1,000 is not modelled: the 500 threshold is shown for every organisation (over-inclusive for a credit bureau).',
};

const BEFORE: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach causes or is reasonably believed to have caused or to cause identity theft or other fraud to an Oklahoma resident (24 O.S. § 162(1))',
  ),
};
/** SB 626 adds other government-issued unique identification numbers, routing codes with a code, and biometric data. */
const FROM_SB_626: StateVersion['applies'] = {
  ...BEFORE,
  data: { withName: [...CORE_ELEMENTS, 'passport', 'military_id', 'biometric'] },
};

export const OK_RULES: Rule[] = [
  stateRule('ok', 'individuals', {
    recipientName: 'each affected Oklahoma resident',
    citation: '24 O.S. § 163(A)',
    versions: [
      { inForceFrom: '2008-11-01', applies: BEFORE, deadline: noFixedPeriod('without unreasonable delay') },
      {
        inForceFrom: SB_626,
        citation: '24 O.S. § 163(A) (SB 626, 2025)',
        applies: FROM_SB_626,
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ok', 'regulator', {
    recipientName: 'Oklahoma Attorney General',
    citation: '24 O.S. § 163 (SB 626, 2025)',
    versions: [
      {
        inForceFrom: SB_626,
        applies: { ...FROM_SB_626, thresholds: residentsAtLeast(500) },
        deadline: tiedToIndividualNotice(
          'ok',
          'after',
          'without unreasonable delay, and in no event more than 60 days after notifying the affected residents',
          { unit: 'calendar_days', n: 60 },
        ),
        notes: ["A breach of a credit bureau's system needs AG notice only from 1,000 affected residents."],
      },
    ],
    verification: VERIFICATION,
  }),
];
