import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, noFixedPeriod, stateRule } from './state-rule';
import { SIXTH_PASS_UNREAD } from './statute-copies';

/** U.S. Virgin Islands, 14 V.I.C. §§ 2208–2212. No harm threshold; residents only. */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: ['shared/research/breach-deadlines.md §5 us-vi (S: Constangy; AICPA)'],
  unverified: [
    'Statute text not read; the in-force date (2005-10-17, Act 6734) is from memory.',
    SIXTH_PASS_UNREAD,
  ].join(' '),
};

export const VI_RULES: Rule[] = [
  stateRule('vi', 'individuals', {
    recipientName: 'each affected Virgin Islands resident',
    citation: '14 V.I.C. § 2209',
    versions: [
      {
        inForceFrom: '2005-10-17',
        applies: { data: { withName: [...CORE_ELEMENTS] }, encryptionSafeHarbor: true },
        deadline: noFixedPeriod(EXPEDIENT),
      },
    ],
    verification: VERIFICATION,
  }),
];
