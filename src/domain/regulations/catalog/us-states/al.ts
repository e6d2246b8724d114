import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * Alabama Data Breach Notification Act of 2018, Ala. Code §§ 8-38-1 to -12 (Act 2018-396, effective 2018-06-01).
 * The 45-day clock runs from the determination that a breach occurred AND is reasonably likely to cause
 * substantial harm (§ 8-38-5(b)): that is `harmDeterminedAt`, falling back to discovery until it is recorded.
 */

const IN_FORCE = '2018-06-01';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'Ala. Code § 8-38-5, text at https://law.uslawyerdatabase.com/section-8-38-5-notice-of-security-breach-individuals-affected/ (2022 Code of Alabama): "within 45 days of the covered entity\'s receipt of notice from a third-party agent that a breach has occurred or upon the covered entity\'s determination that a breach has occurred and is reasonably likely to cause substantial harm"',
    'Ala. Code § 8-38-6, official text at http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/8-38-6.htm: "If the number of individuals ... exceeds 1,000 ... within 45 days"',
    'Ala. Code § 8-38-7, official text at http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/8-38-7.htm: "more than 1,000 individuals at a single time ... without unreasonable delay"',
    'Ala. Code § 8-38-8 (third-party agent: 10 days), text at https://courtgpt.ai/laws/alabama/title-8/chapter-38/section-8-38-8',
  ],
  unverified:
    'The element list of § 8-38-2(6) and the 2018-06-01 in-force date were not read in the statute text this pass (secondary sources and memory).',
};

const THIRD_PARTY_NOTE =
  'Where a third-party agent reports the breach, § 8-38-5(b) and § 8-38-6(a) also count the 45 days from "receipt of notice from a third-party agent that a breach has occurred": record that instant as the harm determination if it is earlier (conservative reading).';

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 8-38-2(6): name plus SSN/TIN, licence, passport, military or other government ID, account/card number
    // with code, medical and health-insurance information, and online credentials tied to the covered entity.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach is reasonably likely to cause substantial harm to the affected individuals (Ala. Code § 8-38-5(a))',
  ),
};

const FORTY_FIVE_DAYS = calendarDays(
  45,
  'harmDeterminedAt',
  'as expeditiously as possible and without unreasonable delay; within 45 days of the determination that a breach has occurred and is reasonably likely to cause substantial harm (or of receipt of notice from a third-party agent)',
);

export const AL_RULES: Rule[] = [
  stateRule('al', 'individuals', {
    recipientName: 'each affected Alabama resident',
    citation: 'Ala. Code § 8-38-5',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: FORTY_FIVE_DAYS, notes: [THIRD_PARTY_NOTE] }],
    verification: VERIFICATION,
  }),
  stateRule('al', 'regulator', {
    recipientName: 'Alabama Attorney General',
    citation: 'Ala. Code § 8-38-6',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: FORTY_FIVE_DAYS,
        notes: [THIRD_PARTY_NOTE],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('al', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Ala. Code § 8-38-7',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay', 'harmDeterminedAt'),
      },
    ],
    verification: VERIFICATION,
  }),
];
