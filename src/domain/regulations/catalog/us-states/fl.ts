import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * Florida Information Protection Act of 2014, Fla. Stat. § 501.171 (effective 2014-07-01). Both the individual
 * and the Department notices run 30 days from "the determination of a breach or reason to believe a breach
 * occurred" — the earlier of the two, so `determinedAt` is read as the first moment there was reason to believe.
 * The 15-day extension for good cause needs a written request within the 30 days and is not assumed.
 */

const IN_FORCE = '2014-07-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-fl and §8 item 5 (S: DWT; Snell & Wilmer)',
    'Secondary state table quoting § 501.171(3) "as expeditiously as practicable, but no later than 30 days after the determination of the breach" (public GitHub research file, read via find_string)',
  ],
  unverified:
    'Statute text not read directly; whether the 15-day extension covers the individual notice, the Department notice or both is unresolved (neither is extended here).',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 501.171(1)(g): name plus SSN, licence/ID/passport/military or other government ID, account/card with
    // code, medical and health-insurance information; credentials alone.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'after an appropriate investigation and consultation with law enforcement, the breach has resulted or will likely result in identity theft or other financial harm (Fla. Stat. § 501.171(4)(c)); a no-harm determination must be documented and sent to the Department within 30 days',
  ),
};

/**
 * § 501.171(4)(c) excuses only the notice to individuals, and so (5)'s bureau notice, which counts the individuals
 * to be notified. The Department notice of § 501.171(3) is owed for "any breach of security affecting 500 or more
 * individuals in this state" whatever the harm determination, so it does not carry the judgment.
 */
const DEPARTMENT_APPLIES: StateVersion['applies'] = {
  data: APPLIES.data,
  encryptionSafeHarbor: true,
  thresholds: residentsAtLeast(500),
};

const DETERMINATION_VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-fl (S: DWT; Snell & Wilmer)',
    'Issue 13 (Fla. Stat. § 501.171(4)(c): the written no-harm determination goes to the Department within 30 days)',
  ],
  unverified: 'Statute text of § 501.171(4)(c) not read directly this pass (only secondary summaries and the issue).',
};

const EXTENSION_NOTE =
  'A further 15 days may be granted for good cause if requested in writing within the 30 days (§ 501.171(3)(a), (4)(a)); not assumed here.';

export const FL_RULES: Rule[] = [
  stateRule('fl', 'individuals', {
    recipientName: 'each affected Florida resident',
    citation: 'Fla. Stat. § 501.171(4)(a)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: calendarDays(
          30,
          'determinedAt',
          'as expeditiously as practicable, but no later than 30 days after the determination of a breach or reason to believe a breach occurred',
        ),
        notes: [EXTENSION_NOTE],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('fl', 'regulator', {
    recipientName: 'Florida Department of Legal Affairs (Attorney General)',
    citation: 'Fla. Stat. § 501.171(3)(a)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: DEPARTMENT_APPLIES,
        deadline: calendarDays(
          30,
          'determinedAt',
          'as expeditiously as practicable, but no later than 30 days after the determination of the breach or reason to believe a breach occurred',
        ),
        notes: [EXTENSION_NOTE],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('fl', 'regulator', {
    suffix: 'no-harm-determination',
    recipientName: 'Florida Department of Legal Affairs (written no-harm determination)',
    citation: 'Fla. Stat. § 501.171(4)(c)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: {
          data: APPLIES.data,
          encryptionSafeHarbor: true,
          judgment: {
            key: 'riskOfHarm',
            when: false,
            words:
              'the organisation determines, after an appropriate investigation and consultation with law enforcement, that the breach has not and will not likely result in identity theft or other financial harm (Fla. Stat. § 501.171(4)(c))',
          },
        },
        deadline: calendarDays(
          30,
          'noHarmDeterminedAt',
          'the written determination, within 30 days after the determination',
        ),
        notes: ['The determination must also be kept for at least 5 years (§ 501.171(4)(c)).'],
      },
    ],
    verification: DETERMINATION_VERIFICATION,
  }),
  stateRule('fl', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Fla. Stat. § 501.171(5)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay', 'determinedAt'),
      },
    ],
    verification: VERIFICATION,
  }),
];
