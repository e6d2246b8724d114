import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, harmJudgment, noFixedPeriod, residentsOver, stateRule, type StateVersion } from './state-rule';

/** Kansas, K.S.A. §§ 50-7a01, 50-7a02 (effective 2006-07-01). No regulator notice. */

const IN_FORCE = '2006-07-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ks (V: § 50-7a02 text; S: Perkins; Snell & Wilmer)',
    'Secondary state table quoting "in the most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not re-read; in-force date from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the investigation determines that misuse of information about a Kansas resident has occurred or is reasonably likely to occur (K.S.A. § 50-7a02(a))',
  ),
};

export const KS_RULES: Rule[] = [
  stateRule('ks', 'individuals', {
    recipientName: 'each affected Kansas resident',
    citation: 'K.S.A. § 50-7a02(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFICATION,
  }),
  stateRule('ks', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'K.S.A. § 50-7a02(f)',
    versions: [{ inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
];
