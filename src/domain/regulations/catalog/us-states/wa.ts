import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * Washington, RCW 19.255.010. HB 1078 (effective 2015-07-24) set 45 days for residents and the AG (more than 500
 * residents); HB 1071 (effective 2020-03-01) cut both to 30 days after discovery and widened personal information.
 */

const HB_1078 = '2015-07-24';
const HB_1071 = '2020-03-01';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/washington/content/title-title-19/chapter-chapter-19-255.json (Justia mirror of RCW 19.255.010, https://law.justia.com/codes/washington/title-19/chapter-19-255/section-19-255-010/): (1) no notice if "not reasonably likely to subject consumers to a risk of harm"; (7) "to more than five hundred Washington residents as a result of a single breach shall notify the attorney general of the breach no more than thirty days after the breach was discovered"; (8) consumers "no more than thirty calendar days after the breach was discovered"; history [2019 c 241 s 2; 2015 c 64 s 2; 2005 c 368 s 2], "Effective date—2019 c 241: This act takes effect March 1, 2020"',
    'https://terms.law/washington-data-breach-attorney-review/ (element list of RCW 19.255.005)',
    'shared/research/breach-deadlines.md §5 us-wa (V: atg.wa.gov) and §5.2',
  ],
  unverified:
    "The 45-day version (2015 c 64, HB 1078) was not read in its own text; its 2015-07-24 in-force date is the session's general effective date, from memory.",
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
    standalone: [
      ...CORE_ELEMENTS,
      ...GOVERNMENT_IDS,
      ...HEALTH,
      'dob',
      'digital_signature',
      'biometric',
      'credentials',
    ],
  },
};

const days = (n: number) =>
  calendarDays(
    n,
    'discoveredAt',
    `in the most expedient time possible, without unreasonable delay, and no more than ${n} calendar days after the breach was discovered`,
  );

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
