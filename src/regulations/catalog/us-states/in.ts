import type { Rule, Verification } from '../../rule';
import { calendarDays, harmJudgment, noFixedPeriod, residentsOver, stateRule, type StateVersion } from './state-rule';

/**
 * Indiana, Ind. Code §§ 24-4.9-3-1 to -3-4. An SSN alone is personal information (§ 24-4.9-2-10). HEA 1351
 * (P.L. 171-2022, effective 2022-07-01) capped the "without unreasonable delay" notice at 45 days after
 * discovery; § 3-3 governs every disclosure under the chapter, so the AG notice runs on the same clock.
 */

const P_L_171_2022 = '2022-07-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: ['shared/research/breach-deadlines.md §5 us-in (V: § 3-1, § 3-3 text) and §5.2 (P.L. 171-2022 date marked M)'],
  unverified: 'Statute text not re-read this pass; the 2022-07-01 and 2009-07-01 in-force dates are from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 24-4.9-2-10: an unencrypted, unredacted SSN; or name plus licence/ID, card number, or account number
    // with code or password.
    standalone: ['ssn'],
    withName: ['drivers_license', 'state_id', 'payment_card', 'financial_account_with_access_code'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach has resulted in or could result in identity deception, identity theft, or fraud affecting the Indiana resident (Ind. Code § 24-4.9-3-1(a))',
  ),
};

const WITHOUT_DELAY = noFixedPeriod('without unreasonable delay');
const FORTY_FIVE_DAYS = calendarDays(45, 'discoveredAt', 'without unreasonable delay, but not more than 45 days after the discovery of the breach');

export const IN_RULES: Rule[] = [
  stateRule('in', 'individuals', {
    recipientName: 'each affected Indiana resident',
    citation: 'Ind. Code §§ 24-4.9-3-1(a), 24-4.9-3-3',
    versions: [
      { inForceFrom: '2006-07-01', applies: APPLIES, deadline: WITHOUT_DELAY },
      { inForceFrom: P_L_171_2022, citation: 'Ind. Code § 24-4.9-3-3(a) (P.L. 171-2022)', applies: APPLIES, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFICATION,
  }),
  stateRule('in', 'regulator', {
    recipientName: 'Indiana Attorney General',
    citation: 'Ind. Code §§ 24-4.9-3-1(c), 24-4.9-3-3',
    versions: [
      { inForceFrom: '2009-07-01', applies: APPLIES, deadline: WITHOUT_DELAY },
      { inForceFrom: P_L_171_2022, citation: 'Ind. Code § 24-4.9-3-3(a) (P.L. 171-2022)', applies: APPLIES, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFICATION,
  }),
  stateRule('in', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Ind. Code § 24-4.9-3-1(b)',
    versions: [
      {
        inForceFrom: '2006-07-01',
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('the information necessary to assist the agency in preventing fraud; no period set'),
      },
    ],
    verification: VERIFICATION,
  }),
];
