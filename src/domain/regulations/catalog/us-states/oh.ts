import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/** Ohio, Ohio Rev. Code § 1349.19 (effective 2006-02-17). No regulator notice. */

const IN_FORCE = '2006-02-17';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-oh (S: DWT; Snell & Wilmer; wordsbywit)',
    'Secondary state table quoting § 1349.19 "in the most expedient time possible but not later than forty-five days following its discovery or notification of the breach" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not read; in-force date from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the access causes or is reasonably believed to cause a material risk of identity theft or other fraud to the Ohio resident (Ohio Rev. Code § 1349.19(A)(1)(a))',
  ),
};

export const OH_RULES: Rule[] = [
  stateRule('oh', 'individuals', {
    recipientName: 'each affected Ohio resident',
    citation: 'Ohio Rev. Code § 1349.19(B)(2)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: calendarDays(
          45,
          'discoveredAt',
          'in the most expedient time possible but not later than 45 days following discovery or notification of the breach',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('oh', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Ohio Rev. Code § 1349.19(G)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
