import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * Missouri, Mo. Rev. Stat. § 407.1500 (effective 2009-08-28). More than 1,000 consumers notified at one time:
 * the AG and the bureaus, without unreasonable delay, about the timing, distribution and content of the notice.
 */

const IN_FORCE = '2009-08-28';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/missouri/content/title-title-xxvi/chapter-chapter-407.json (Justia mirror of Mo. Rev. Stat. § 407.1500, https://law.justia.com/codes/missouri/title-xxvi/chapter-407/section-407-1500/): 1.(2) "Consumer", an individual who is a resident of this state; 2.(1) notice "(a) Made without unreasonable delay"; 2.(5) no notice if "a risk of identity theft or other fraud to any consumer is not reasonably likely to occur", documented and kept five years; 2.(8) "more than one thousand consumers at one time ... shall notify, without unreasonable delay, the attorney general\'s office and all consumer reporting agencies ... of the timing, distribution, and content of the notice"',
    'shared/research/breach-deadlines.md §5 us-mo (S: DWT; itechlaw)',
  ],
  unverified: 'The 2009-08-28 in-force date is from memory.',
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
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('mo', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Mo. Rev. Stat. § 407.1500.2(8)',
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
