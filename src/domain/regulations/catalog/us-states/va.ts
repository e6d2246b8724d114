import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, residentsOver, stateRule, type StateVersion } from './state-rule';

/**
 * Virginia, Va. Code § 18.2-186.6 (effective 2008-07-01). The AG is told of every notifiable breach, without
 * unreasonable delay; medical-information breaches have a separate statute (§ 32.1-127.1:05) not catalogued.
 */

const IN_FORCE = '2008-07-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-va (V: § 18.2-186.6 text; S: Klinedinst; Foley; csrps)',
    'Secondary state table quoting § 18.2-186.6 "without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not re-read; the passport and military ID elements (2020) and the medical-information statute are not modelled.',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS, 'passport', 'military_id'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach has caused or the organisation reasonably believes it has caused or will cause identity theft or other fraud to a Virginia resident (Va. Code § 18.2-186.6(B))',
  ),
};

export const VA_RULES: Rule[] = [
  stateRule('va', 'individuals', {
    recipientName: 'each affected Virginia resident',
    citation: 'Va. Code § 18.2-186.6(B)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('va', 'regulator', {
    recipientName: 'Office of the Virginia Attorney General',
    citation: 'Va. Code § 18.2-186.6(B)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('va', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Va. Code § 18.2-186.6(E)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay; the AG is also told the timing, distribution and content of the notice'),
      },
    ],
    verification: VERIFICATION,
  }),
];
