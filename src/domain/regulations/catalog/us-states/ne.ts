import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  harmJudgment,
  noFixedPeriod,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';

/**
 * Nebraska, Neb. Rev. Stat. §§ 87-801 to -808. § 87-803(1) makes notice depend on an investigation finding that
 * use for an unauthorised purpose has occurred or is reasonably likely — a harm threshold, although the research
 * notes list Nebraska among states without one. LB 835 (effective 2016-07-21) added the AG notice, not later than
 * the notice to residents.
 */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://self-law.org/code/ne/chapter-87/87-803 (text of § 87-803(1)-(2): investigation, "as soon as possible and without unreasonable delay", AG "not later than the time when notice is provided to the Nebraska resident")',
    'shared/research/breach-deadlines.md §5 us-ne (V: § 87-803 text; S: Constangy)',
  ],
  unverified: 'Element list of § 87-802(5) and the in-force dates (2006-07-14; LB 835 2016-07-21) from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 87-802(5): name plus SSN, licence/state ID, account/card with code, electronic identifier or routing code
    // with code, unique biometric data; credentials alone.
    withName: [...CORE_ELEMENTS, 'biometric'],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the investigation determines that use of information about a Nebraska resident for an unauthorized purpose has occurred or is reasonably likely to occur (Neb. Rev. Stat. § 87-803(1))',
  ),
};

export const NE_RULES: Rule[] = [
  stateRule('ne', 'individuals', {
    recipientName: 'each affected Nebraska resident',
    citation: 'Neb. Rev. Stat. § 87-803(1)',
    versions: [
      {
        inForceFrom: '2006-07-14',
        applies: APPLIES,
        deadline: noFixedPeriod('as soon as possible and without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ne', 'regulator', {
    recipientName: 'Nebraska Attorney General',
    citation: 'Neb. Rev. Stat. § 87-803(2)',
    versions: [
      {
        inForceFrom: '2016-07-21',
        applies: APPLIES,
        deadline: tiedToIndividualNotice(
          'ne',
          'no_later_than',
          'not later than the time when notice is provided to the Nebraska resident',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
];
