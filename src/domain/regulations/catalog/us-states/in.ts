import type { Rule, Verification } from '../../rule';
import { calendarDays, harmJudgment, noFixedPeriod, residentsOver, type StateVersion, stateRule } from './state-rule';

/**
 * Indiana, Ind. Code §§ 24-4.9-3-1 to -3-4. An SSN alone is personal information (§ 24-4.9-2-10). HEA 1351
 * (P.L. 171-2022, effective 2022-07-01) capped the "without unreasonable delay" notice at 45 days after
 * discovery; § 3-3 governs every disclosure under the chapter, so the AG notice runs on the same clock.
 */

const P_L_171_2022 = '2022-07-01';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'Ind. Code § 24-4.9-3-3, text at https://lawserver.com/law/state/indiana/in-code/indiana_code_24-4-9-3-3 and https://courtgpt.ai/laws/indiana/title-24/article-4-9/chapter-3/section-24-4-9-3-3: "without unreasonable delay, but not more than forty-five (45) days after the discovery of the breach" (amended by P.L.171-2022, SEC.1)',
    'Ind. Code § 24-4.9-3-1, text at https://instalawyer.io/laws/indiana-code/24-49-3-1-disclosure-of-breach: (b) "to more than one thousand (1,000) consumers ... each consumer reporting agency"; (c) "shall also disclose the breach to the attorney general" (amended by P.L.137-2009)',
    'shared/research/breach-deadlines.md §5 us-in',
  ],
  unverified:
    'The in-force dates (2006-07-01; AG notice 2009-07-01; P.L. 171-2022 from 2022-07-01) are from secondary sources and memory; the § 24-4.9-2-10 element list was not re-read.',
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
const FORTY_FIVE_DAYS = calendarDays(
  45,
  'discoveredAt',
  'without unreasonable delay, but not more than 45 days after the discovery of the breach',
);

export const IN_RULES: Rule[] = [
  stateRule('in', 'individuals', {
    recipientName: 'each affected Indiana resident',
    citation: 'Ind. Code §§ 24-4.9-3-1(a), 24-4.9-3-3',
    versions: [
      { inForceFrom: '2006-07-01', applies: APPLIES, deadline: WITHOUT_DELAY },
      {
        inForceFrom: P_L_171_2022,
        citation: 'Ind. Code § 24-4.9-3-3(a) (P.L. 171-2022)',
        applies: APPLIES,
        deadline: FORTY_FIVE_DAYS,
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('in', 'regulator', {
    recipientName: 'Indiana Attorney General',
    citation: 'Ind. Code §§ 24-4.9-3-1(c), 24-4.9-3-3',
    versions: [
      { inForceFrom: '2009-07-01', applies: APPLIES, deadline: WITHOUT_DELAY },
      {
        inForceFrom: P_L_171_2022,
        citation: 'Ind. Code § 24-4.9-3-3(a) (P.L. 171-2022)',
        applies: APPLIES,
        deadline: FORTY_FIVE_DAYS,
      },
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
