import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, GOVERNMENT_IDS, HEALTH, calendarDays, harmJudgment, residentsOver, stateRule, type StateVersion } from './state-rule';

/**
 * Washington, RCW 19.255.010. HB 1078 (effective 2015-07-24) set 45 days for residents and the AG (more than 500
 * residents); HB 1071 (effective 2020-03-01) cut both to 30 days after discovery and widened personal information.
 */

const HB_1078 = '2015-07-24';
const HB_1071 = '2020-03-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://terms.law/washington-data-breach-notification-guide/ (AG if more than 500 residents, no more than 30 days after discovery)',
    'https://legalclarity.org/washington-state-data-breach-notification-law-requirements/ (30 calendar days; element list)',
    'https://terms.law/washington-data-breach-attorney-review/ (element list of RCW 19.255.005)',
    'shared/research/breach-deadlines.md §5 us-wa (V: atg.wa.gov) and §5.2 (HB 1071 marked M)',
  ],
  unverified: 'Statute text not read directly; the HB 1078 / HB 1071 dates and the earlier 45-day rule are from memory.',
};

const BEFORE_HB_1071: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment('the breach is reasonably likely to subject consumers to a risk of harm (RCW 19.255.010(1))'),
};
const FROM_HB_1071: StateVersion['applies'] = {
  ...BEFORE_HB_1071,
  data: {
    // RCW 19.255.005: name plus SSN, licence/ID, account/card with code, full date of birth, private key for an
    // electronic signature, student/military/passport ID, health-insurance ID, medical information, biometric
    // data; credentials alone; any element without a name if enough for identity theft (read as standalone).
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'dob', 'digital_signature', 'biometric'],
    standalone: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'dob', 'digital_signature', 'biometric', 'credentials'],
  },
};

const days = (n: number) =>
  calendarDays(n, 'discoveredAt', `in the most expedient time possible, without unreasonable delay, and no more than ${n} calendar days after the breach was discovered`);

export const WA_RULES: Rule[] = [
  stateRule('wa', 'individuals', {
    recipientName: 'each affected Washington resident',
    citation: 'RCW 19.255.010(1), (8)',
    versions: [
      { inForceFrom: HB_1078, applies: BEFORE_HB_1071, deadline: days(45) },
      { inForceFrom: HB_1071, applies: FROM_HB_1071, deadline: days(30) },
    ],
    verification: VERIFICATION,
  }),
  stateRule('wa', 'regulator', {
    recipientName: 'Washington Attorney General (web form, with a sample notice)',
    citation: 'RCW 19.255.010(7)',
    versions: [
      { inForceFrom: HB_1078, applies: { ...BEFORE_HB_1071, thresholds: residentsOver(500) }, deadline: days(45) },
      { inForceFrom: HB_1071, applies: { ...FROM_HB_1071, thresholds: residentsOver(500) }, deadline: days(30) },
    ],
    verification: VERIFICATION,
  }),
];
