import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, residentsOver, type StateVersion, stateRule } from './state-rule';

/**
 * Hawaii, HRS §§ 487N-1 to -7 (effective 2007-01-01). Paper records count too. Over 1,000 people notified at
 * one time: the Office of Consumer Protection and the bureaus, in writing, without unreasonable delay.
 */

const IN_FORCE = '2007-01-01';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub CodeWithAloha/hawaii-revised-statutes, www.capitol.hawaii.gov/hrscurrent/Vol11_Ch0476-0490/HRS0487N/HRS_0487N-0002.htm (mirror of the Legislature\'s HRS § 487N-2, captured 2016): (a) "without unreasonable delay"; (f) "more than one thousand persons at one time ... shall notify in writing, without unreasonable delay, the State of Hawaii\'s office of consumer protection and all consumer reporting agencies ... of the timing, distribution, and content of the notice"; history [L 2006, c 135, pt of §2; am L 2008, c 19, §70]',
    'shared/research/breach-deadlines.md §5 us-hi (V: § 487N-2 text; S: Perkins)',
  ],
  unverified:
    'The mirror is the 2016 capture: later amendments, if any, were not read. The 2007-01-01 in-force date is from memory.',
};

const APPLIES: StateVersion['applies'] = {
  // § 487N-1: name plus SSN, licence/ID, account/card with code.
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the illegal use of the information has occurred or is reasonably likely to occur and creates a risk of harm to a person (HRS § 487N-1 "security breach")',
  ),
};

export const HI_RULES: Rule[] = [
  stateRule('hi', 'individuals', {
    recipientName: 'each affected Hawaii resident',
    citation: 'HRS § 487N-2(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('hi', 'regulator', {
    recipientName: 'Hawaii Office of Consumer Protection',
    citation: 'HRS § 487N-2(f)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('in writing, without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('hi', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'HRS § 487N-2(f)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('in writing, without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
