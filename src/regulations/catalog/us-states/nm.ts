import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, calendarDays, harmJudgment, residentsOver, stateRule, type StateVersion } from './state-rule';

/** New Mexico Data Breach Notification Act, N.M. Stat. §§ 57-12C-1 to -12 (effective 2017-06-16). */

const IN_FORCE = '2017-06-16';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-nm (V: §§ 57-12C-6, -9, -10 text; S: DWT)',
    'Secondary state table quoting § 57-12C-6 "in the most expedient time possible, but not later than forty-five calendar days following discovery of the security breach" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not re-read this pass.',
};

const APPLIES: StateVersion['applies'] = {
  // § 57-12C-2(C): name plus SSN, licence/government ID, account/card with code, biometric data.
  data: { withName: [...CORE_ELEMENTS, 'biometric'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach gives rise to a significant risk of identity theft or fraud (N.M. Stat. § 57-12C-6(C))',
  ),
};

const FORTY_FIVE_DAYS = calendarDays(45, 'discoveredAt', 'in the most expedient time possible, but not later than 45 calendar days following discovery of the security breach');

export const NM_RULES: Rule[] = [
  stateRule('nm', 'individuals', {
    recipientName: 'each affected New Mexico resident',
    citation: 'N.M. Stat. § 57-12C-6(A)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: FORTY_FIVE_DAYS }],
    verification: VERIFICATION,
  }),
  stateRule('nm', 'regulator', {
    recipientName: 'New Mexico Office of the Attorney General',
    citation: 'N.M. Stat. § 57-12C-10',
    versions: [{ inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: FORTY_FIVE_DAYS }],
    verification: VERIFICATION,
  }),
  stateRule('nm', 'credit_bureaus', {
    recipientName: 'each major consumer reporting agency',
    citation: 'N.M. Stat. § 57-12C-10',
    versions: [{ inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: FORTY_FIVE_DAYS }],
    verification: VERIFICATION,
  }),
];
