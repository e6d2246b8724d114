import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, stateRule } from './state-rule';
import { SIXTH_PASS_UNREAD } from './statute-copies';

/** Mississippi, Miss. Code § 75-24-29 (effective 2011-07-01). Residents only; no regulator or bureau notice. */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ms (S: DWT; Perkins; wordsbywit)',
    'Secondary state table quoting § 75-24-29 "without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: ['Statute text not read; in-force date from memory.', SIXTH_PASS_UNREAD].join(' '),
};

export const MS_RULES: Rule[] = [
  stateRule('ms', 'individuals', {
    recipientName: 'each affected Mississippi resident',
    citation: 'Miss. Code § 75-24-29(3)',
    versions: [
      {
        inForceFrom: '2011-07-01',
        applies: {
          data: { withName: [...CORE_ELEMENTS] },
          encryptionSafeHarbor: true,
          judgment: harmJudgment(
            'after an appropriate investigation, the breach is reasonably likely to result in harm to the affected individuals (Miss. Code § 75-24-29(3))',
          ),
        },
        deadline: noFixedPeriod('without unreasonable delay, subject to the investigation and law-enforcement needs'),
      },
    ],
    verification: VERIFICATION,
  }),
];
