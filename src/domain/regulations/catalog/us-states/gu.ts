import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, stateRule } from './state-rule';
import { SIXTH_PASS_UNREAD } from './statute-copies';

/** Guam, 9 GCA §§ 48.10–48.80 (Public Law 30-19, 2009). No regulator or bureau notice. */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: ['shared/research/breach-deadlines.md §5 us-gu (S: Constangy; Lewis Brisbois)'],
  unverified: [
    'Statute text not read; in-force date (2009-07-01) and the identity-theft harm standard are from memory.',
    SIXTH_PASS_UNREAD,
  ].join(' '),
};

export const GU_RULES: Rule[] = [
  stateRule('gu', 'individuals', {
    recipientName: 'each affected Guam resident',
    citation: '9 GCA § 48.30',
    versions: [
      {
        inForceFrom: '2009-07-01',
        applies: {
          // § 48.20: name plus SSN, licence/ID, account/card with code.
          data: { withName: [...CORE_ELEMENTS] },
          encryptionSafeHarbor: true,
          judgment: harmJudgment(
            'the breach has caused or is reasonably believed to cause identity theft or other fraud (9 GCA § 48.20)',
          ),
        },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
