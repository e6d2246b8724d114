import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  GOVERNMENT_IDS,
  HEALTH,
  calendarDays,
  harmJudgment,
  stateRule,
  tiedToIndividualNotice,
  type StateVersion,
} from './state-rule';

/**
 * Connecticut, Conn. Gen. Stat. § 36a-701b. PA 18-90 set a 90-day limit from discovery (2018-10-01); PA 21-59
 * cut it to 60 days (2021-10-01). The AG is told not later than the residents are.
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ct and §8 item 2 (V: portal.ct.gov AG page, 60 days since 2021-10-01)',
    'Secondary state table quoting § 36a-701b(b)(1) "without unreasonable delay but not later than sixty days after the discovery of such breach" (public GitHub research file, read via find_string)',
  ],
  unverified:
    'Statute text not read directly; PA 18-90 (90 days from 2018-10-01) from memory. Breaches before 2018-10-01 are not covered by this catalog.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 36a-701b(a)(2)/§ 42-471: name plus SSN, TIN, IRS identity PIN, licence/ID/passport/military ID, account/card
    // with code, medical and health-insurance information, biometric data; credentials alone.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric'],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'after an appropriate investigation and consultation with law enforcement, the breach is likely to result in harm to the residents (Conn. Gen. Stat. § 36a-701b(b)(1))',
  ),
};

const CREDIT_MONITORING_NOTE =
  'If SSNs or ITINs were taken, offer at least 24 months of identity theft prevention and mitigation services (§ 36a-701b(b)(2)(B)).';

export const CT_RULES: Rule[] = [
  stateRule('ct', 'individuals', {
    recipientName: 'each affected Connecticut resident',
    citation: 'Conn. Gen. Stat. § 36a-701b(b)(1)',
    versions: [
      {
        inForceFrom: '2018-10-01',
        citation: 'Conn. Gen. Stat. § 36a-701b(b)(1) (PA 18-90)',
        applies: APPLIES,
        deadline: calendarDays(90, 'discoveredAt', 'without unreasonable delay but not later than 90 days after discovery of the breach'),
      },
      {
        inForceFrom: '2021-10-01',
        citation: 'Conn. Gen. Stat. § 36a-701b(b)(1) (PA 21-59)',
        applies: APPLIES,
        deadline: calendarDays(60, 'discoveredAt', 'without unreasonable delay but not later than 60 days after discovery of the breach'),
        notes: [CREDIT_MONITORING_NOTE],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ct', 'regulator', {
    recipientName: 'Connecticut Attorney General',
    citation: 'Conn. Gen. Stat. § 36a-701b(b)(2)',
    versions: [
      {
        inForceFrom: '2018-10-01',
        applies: APPLIES,
        deadline: tiedToIndividualNotice('ct', 'no_later_than', 'not later than the time notice is provided to residents'),
      },
    ],
    verification: VERIFICATION,
  }),
];
