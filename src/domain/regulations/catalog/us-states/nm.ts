import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, calendarDays, harmJudgment, residentsOver, type StateVersion, stateRule } from './state-rule';

/** New Mexico Data Breach Notification Act, N.M. Stat. §§ 57-12C-1 to -12 (effective 2017-06-16). */

const IN_FORCE = '2017-06-16';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'N.M. Stat. § 57-12C-10, text at https://codes.findlaw.com/nm/chapter-57-trade-practices-and-regulations/nm-st-sect-57-12c-10/ (current as of 2021-05-06): "to more than one thousand New Mexico residents as a result of a single security breach shall notify the office of the attorney general and major consumer reporting agencies ... in the most expedient time possible, and no later than forty-five calendar days"; AG copy "within forty-five calendar days following discovery of the security breach"',
    'shared/research/breach-deadlines.md §5 us-nm (V: §§ 57-12C-6, -9, -10 text; S: DWT)',
    'Secondary tables quoting § 57-12C-6 "in the most expedient time possible, but not later than forty-five calendar days following discovery of the security breach" (https://www.wordsbywit.com/new-mexico; https://www.constangy.com/data-privacy-us-nm)',
  ],
  unverified:
    'The text of § 57-12C-6 itself (individual notice) was read only as quoted by secondary sources this pass; § 57-12C-10 was read in full. The 2017-06-16 in-force date is from an annotation (Laws 2017, ch. 36).',
};

const APPLIES: StateVersion['applies'] = {
  // § 57-12C-2(C): name plus SSN, licence/government ID, account/card with code, biometric data.
  data: { withName: [...CORE_ELEMENTS, 'biometric'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach gives rise to a significant risk of identity theft or fraud (N.M. Stat. § 57-12C-6(C))',
  ),
};

const FORTY_FIVE_DAYS = calendarDays(
  45,
  'discoveredAt',
  'in the most expedient time possible, but not later than 45 calendar days following discovery of the security breach',
);

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
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFICATION,
  }),
  stateRule('nm', 'credit_bureaus', {
    recipientName: 'each major consumer reporting agency',
    citation: 'N.M. Stat. § 57-12C-10',
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFICATION,
  }),
];
