import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, residentsAtLeast, stateRule, type StateVersion } from './state-rule';

/**
 * Michigan Identity Theft Protection Act, MCL § 445.72 (effective 2007-07-02). No regulator notice (insurance
 * licensees have their own regime, MCL 500.559 et seq.). The bureau threshold is quoted as "1,000 or more" by
 * one source and "over 1,000" by another: the broader reading (at least 1,000) is used.
 */

const IN_FORCE = '2007-07-02';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-mi (S: Klinedinst; DWT; csrps) and §8 item 8 (CRA threshold conflict)',
    'Secondary state table quoting MCL 445.72(4) "without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not read; CRA threshold wording unresolved ("1,000 or more" vs "more than 1,000").',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach has caused or is likely to cause substantial loss or injury to, or identity theft with respect to, one or more Michigan residents (MCL § 445.72(1))',
  ),
};

export const MI_RULES: Rule[] = [
  stateRule('mi', 'individuals', {
    recipientName: 'each affected Michigan resident',
    citation: 'MCL § 445.72(1)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('mi', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'MCL § 445.72(8)',
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsAtLeast(1000) }, deadline: noFixedPeriod('without unreasonable delay') },
    ],
    verification: VERIFICATION,
  }),
];
