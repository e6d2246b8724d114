import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, HEALTH, noFixedPeriod, type StateVersion, stateRule } from './state-rule';

/**
 * North Dakota, N.D. Cent. Code §§ 51-30-01 to -07. No harm threshold. AG notice by mail or e-mail (added
 * 2015-08-01), on the same "most expedient" standard, for "any breach ... which exceeds two hundred fifty
 * individuals" (§ 51-30-02). The statute counts individuals, not residents (South Dakota's twin provision says
 * "residents of this state"); the broader reading is encoded: more than 250 people affected in total, once any
 * North Dakota resident must be told.
 */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://lexace.ai/us/statute/north-dakota/51-30-02 (text of N.D. Cent. Code § 51-30-02: residents told "in the most expedient time possible and without unreasonable delay"; "shall disclose to the attorney general by mail or electronic mail any breach of the security system which exceeds two hundred fifty individuals")',
    'https://legalfix.com/statutes/state-codes/north-dakota/title-51/chapter-51-30 (text of § 51-30-01 definitions: personal information elements incl. medical and health insurance information)',
    'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-north-dakota.html (S.B. 2251 effective June 1, 2005; S.B. 2214 effective August 1, 2015)',
  ],
  unverified: 'The in-force dates are from a secondary source.',
};

const APPLIES: StateVersion['applies'] = {
  // § 51-30-01(4): name plus SSN, licence, nondriver ID, account/card with code, date of birth, mother's maiden
  // name, medical and health-insurance information, employee ID with code, electronic signature.
  data: { withName: [...CORE_ELEMENTS, ...HEALTH, 'dob', 'mothers_maiden_name', 'digital_signature'] },
  encryptionSafeHarbor: true,
};

export const ND_RULES: Rule[] = [
  stateRule('nd', 'individuals', {
    recipientName: 'each affected North Dakota resident',
    citation: 'N.D. Cent. Code § 51-30-02',
    versions: [{ inForceFrom: '2005-06-01', applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFICATION,
  }),
  stateRule('nd', 'regulator', {
    recipientName: 'North Dakota Attorney General (by mail or e-mail)',
    citation: 'N.D. Cent. Code § 51-30-02',
    versions: [
      {
        inForceFrom: '2015-08-01',
        applies: { ...APPLIES, thresholds: [{ op: '>', count: 250, scope: 'total' }] },
        deadline: noFixedPeriod(EXPEDIENT),
      },
    ],
    verification: VERIFICATION,
  }),
];
