import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  glbaExemptionNote,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { SEVENTH_PASS_UNREAD } from './statute-copies';

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
    'https://www.tenaco.com/?p=13869 (AG notice "without unreasonable delay but in no event more than 60 days after providing notice to impacted Oklahoma residents"; the bill applies "to the discovery determination or notification of a breach of the security of the system that occurs on or after January 1, 2026")',
    'https://rmaintl.org/member-alert-oklahoma-amends-data-breach-notification-law ("On May 28, 2025, Oklahoma Senate Bill 626 became law without the Governor\'s signature ... will go into effect January 1, 2026"; 500 or more residents, AG "within 60 days")',
    'https://lawivy.com/?p=56091 ("breaches affecting fewer than 500 residents, or fewer than 1,000 residents in the case of credit bureaus, are exempt from the requirement to notify the Attorney General")',
    'https://app.legiplex.com/ok/legislature/2025/2025-r/bills/sb626/drafts-latest (House floor version of Engrossed SB 626, 2025-04-21: "amending 24 O.S. 2021, Sections 162, 163, 164, 165, and 166 ... requiring notice to Attorney General under certain circumstances ... modifying applicability of act"; read to the title and § 162 only)',
    'https://www.insideprivacy.com/cybersecurity-2/oklahoma-substantially-amends-its-data-breach-notification-statute (500 or more; 1,000 or more for credit bureaus; new elements)',
    'https://www.troutmanprivacy.com/?p=30240 (pre-2026 element list; new elements)',
    'https://www.regulon.ai/bills/OK-SB-626/ (status "Enacted, Effective Jan 1, 2026"; 24 O.S. § 162 text as amended: breach "causes, or ... reasonably believes has caused or will cause, identity theft or other fraud")',
  ],
  unverified: `SB 626 was enacted (became law without signature on 2025-05-28, per two secondary sources and regulon), but its enrolled text was not read beyond the title and § 162: the 60 days, the 500 threshold ("fewer than 500 ... exempt", read as 500 or more triggers) and the applicability clause are from secondary sources that agree. The credit-bureau threshold of 1,000 is not modelled: the 500 threshold is shown for every organisation (over-inclusive for a credit bureau). Versions are chosen by the discovery date; the act also reaches a breach discovered in 2025 whose determination or notification falls in 2026, which is said in a note on the earlier version rather than encoded. ${SEVENTH_PASS_UNREAD}`,
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
      {
        inForceFrom: '2008-11-01',
        applies: BEFORE,
        deadline: noFixedPeriod('without unreasonable delay'),
        notes: [
          'SB 626 (2025) applies to "the discovery, determination or notification of a breach" on or after 2026-01-01: if the determination or the notice to residents falls on or after that day, its Attorney General notice (500 or more Oklahoma residents, within 60 days after notifying them) is owed too (24 O.S. § 166 as amended).',
        ],
      },
      {
        inForceFrom: SB_626,
        citation: '24 O.S. § 163(A) (SB 626, 2025)',
        applies: FROM_SB_626,
        deadline: noFixedPeriod('without unreasonable delay'),
        // Conditional on notifying under HIPAA (or the Hospital Cybersecurity Protection Act) and telling the AG,
        // which the facts do not record: the notice stays listed (secondary source; the enrolled text not read).
        notes: [
          glbaExemptionNote(
            'SB 626 excuses the notice to residents for an entity that complies with the notification requirements of HIPAA or the Oklahoma Hospital Cybersecurity Protection Act of 2023 and gives the Attorney General the required notice.',
            'https://lawivy.com/?p=56091; the enrolled SB 626 was not read',
          ),
        ],
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
