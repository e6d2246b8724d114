import type { Rule, Verification } from '../../rule';
import { calendarDays, noFixedPeriod, type StateVersion, stateRule } from './state-rule';

/**
 * Puerto Rico Citizen Information on Data Banks Security Act, 10 L.P.R.A. §§ 4051–4055 (Act 111 of 2005-09-07,
 * amended by Act 97 of 2008). The Department of Consumer Affairs (DACO) must be told within a non-extendable 10
 * days after the breach "has been detected" (read as discovery), and announces it publicly within 24 hours.
 * Bank or financial account numbers count with or without passwords. No harm threshold.
 */

const IN_FORCE = '2005-09-07';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://casetext.com/statute/laws-of-puerto-rico/title-ten-commerce/subtitle-3-business-regulations-generally/chapter-310-citizen-information-on-data-banks-security-act/4052-notification (text of § 4052: "as expeditiously as possible"; "within a non-extendable term of ten (10) days after the violation of the system\'s security has been detected")',
    'http://www.aicpa.org/.../puerto rico security breach laws.aspx (element list of § 4051; effective 2005-09-07)',
    'https://www.swlaw.com/data-breach-map/view/state/pr (DACO within 10 days; no CRA duty)',
  ],
  unverified:
    'cliclaw gives the effective date as 2006-01-05; the Act date 2005-09-07 is used (the earlier, conservative one).',
};

const APPLIES: StateVersion['applies'] = {
  // § 4051: name plus SSN, licence/voter or other official ID, bank or financial account numbers with or without
  // passwords, user names and passwords, HIPAA medical information, tax information, work-related evaluations.
  data: {
    withName: [
      'ssn',
      'drivers_license',
      'state_id',
      'financial_account',
      'financial_account_with_access_code',
      'payment_card',
      'credentials',
      'health',
      'tax_id',
    ],
  },
  encryptionSafeHarbor: true,
};

export const PR_RULES: Rule[] = [
  stateRule('pr', 'individuals', {
    recipientName: 'each affected Puerto Rico resident',
    citation: '10 L.P.R.A. § 4052',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('as expeditiously as possible') }],
    verification: VERIFICATION,
  }),
  stateRule('pr', 'regulator', {
    recipientName: 'Puerto Rico Department of Consumer Affairs (DACO)',
    citation: '10 L.P.R.A. § 4052',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: calendarDays(
          10,
          'discoveredAt',
          'within a non-extendable term of 10 days after the breach has been detected',
        ),
        notes: ['DACO makes a public announcement within 24 hours of receiving the notice.'],
      },
    ],
    verification: VERIFICATION,
  }),
];
