import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, GOVERNMENT_IDS, HEALTH, harmJudgment, noFixedPeriod, stateRule } from './state-rule';
import { SIXTH_PASS_UNREAD } from './statute-copies';

/** Wyoming, Wyo. Stat. §§ 40-12-501, -502 (effective 2007-07-01). Residents only. */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: ['shared/research/breach-deadlines.md §5 us-wy (V: § 40-12-502 text; S: DWT; Perkins)'],
  unverified: [
    'Statute text not re-read; the element list (2015 amendments, § 6-3-901) and in-force date from memory.',
    SIXTH_PASS_UNREAD,
  ].join(' '),
};

export const WY_RULES: Rule[] = [
  stateRule('wy', 'individuals', {
    recipientName: 'each affected Wyoming resident',
    citation: 'Wyo. Stat. § 40-12-502(a)',
    versions: [
      {
        inForceFrom: '2007-07-01',
        applies: {
          // § 40-12-501(a)(vii) / § 6-3-901(b): name plus SSN, licence, account/card with code, TIN, passwords,
          // credentials, birth or marriage certificate, shared secrets, biometric data, medical and
          // health-insurance information, passport and military ID numbers.
          data: { withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'credentials', 'biometric'] },
          encryptionSafeHarbor: true,
          judgment: harmJudgment(
            'the investigation determines that misuse of personal identifying information about a Wyoming resident has occurred or is reasonably likely to occur (Wyo. Stat. § 40-12-502(a))',
          ),
        },
        deadline: noFixedPeriod(EXPEDIENT),
      },
    ],
    verification: VERIFICATION,
  }),
];
