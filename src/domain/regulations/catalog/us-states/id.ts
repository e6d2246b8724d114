import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, harmJudgment, noFixedPeriod, stateRule } from './state-rule';

/** Idaho, Idaho Code §§ 28-51-104 to -107 (effective 2006-07-01). Private entities tell only the residents. */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-id (S: DWT; wordsbywit)',
    'Secondary state table quoting "in the most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not read; in-force date from memory.',
};

export const ID_RULES: Rule[] = [
  stateRule('id', 'individuals', {
    recipientName: 'each affected Idaho resident',
    citation: 'Idaho Code § 28-51-105(1)',
    versions: [
      {
        inForceFrom: '2006-07-01',
        applies: {
          // § 28-51-104(5): name plus SSN, licence/ID, account/card with code.
          data: { withName: [...CORE_ELEMENTS] },
          encryptionSafeHarbor: true,
          judgment: harmJudgment(
            'the investigation determines that misuse of information about an Idaho resident has occurred or is reasonably likely to occur (Idaho Code § 28-51-105(1))',
          ),
        },
        deadline: noFixedPeriod(EXPEDIENT),
      },
    ],
    verification: VERIFICATION,
  }),
];
