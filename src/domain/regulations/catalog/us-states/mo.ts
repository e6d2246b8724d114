import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, HEALTH, harmJudgment, noFixedPeriod, residentsOver, stateRule, type StateVersion } from './state-rule';

/**
 * Missouri, Mo. Rev. Stat. § 407.1500 (effective 2009-08-28). More than 1,000 consumers notified at one time:
 * the AG and the bureaus, without unreasonable delay, about the timing, distribution and content of the notice.
 */

const IN_FORCE = '2009-08-28';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-mo (S: DWT; itechlaw)',
    'Secondary state table quoting § 407.1500 "without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not read; in-force date from memory.',
};

const APPLIES: StateVersion['applies'] = {
  // § 407.1500.1(9): name plus SSN, licence/government ID, account/card with code, electronic identifier or
  // routing code with code, medical and health-insurance information.
  data: { withName: [...CORE_ELEMENTS, ...HEALTH] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'after an appropriate investigation or consultation with law enforcement, there is a reasonable likelihood of identity theft or fraud (Mo. Rev. Stat. § 407.1500.2(5)); a no-harm determination must be documented and kept for five years',
  ),
};

export const MO_RULES: Rule[] = [
  stateRule('mo', 'individuals', {
    recipientName: 'each affected Missouri resident',
    citation: 'Mo. Rev. Stat. § 407.1500.2(1)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('mo', 'regulator', {
    recipientName: "Missouri Attorney General's Office",
    citation: 'Mo. Rev. Stat. § 407.1500.2(8)',
    versions: [{ inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('mo', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Mo. Rev. Stat. § 407.1500.2(8)',
    versions: [{ inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
];
