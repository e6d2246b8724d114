import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';

/**
 * District of Columbia, D.C. Code §§ 28-3851 to -3853 as amended by the Security Breach Protection Amendment
 * Act of 2020 (D.C. Law 23-98). The OAG's page dates it 2020-06-08, the codified annotations 2020-06-17: the
 * earlier date is used so that no breach in between is left without the amended rules.
 */

const LAW_23_98 = '2020-06-08';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub DCCouncil/law-xml-codified, us/dc/council/code/titles/28/sections/28-3852.xml (D.C. Code § 28-3852, official XML): (a) residents "in the most expedient time possible and without unreasonable delay"; (b-1) OAG "if the breach affects 50 or more District residents ... in no event later than when notice is provided under subsection (a)"; (b-2) not delayed because the total is not yet known; (c) "to notify more than 1,000 persons ... without unreasonable delay, all consumer reporting agencies", not for those notifying the bureaus under GLBA Title V; history D.C. Law 23-98 eff. 2020-06-17',
    'GitHub DCCouncil/law-xml-codified, us/dc/council/code/titles/28/sections/28-3851.xml (§ 28-3851(3) personal information; editor\'s note: D.C. Law 16-237 "shall apply as of July 1, 2007")',
    'https://oag.dc.gov/requirements-districts-data-breach-notification (the Act "went into effect on June 8, 2020"; no breach if, after consulting OAG, harm is unlikely)',
    'https://fastdemocracy.com/bill-summary/?billsummary_state=dc&billsummary_id=DCB00012513&billsummary_session=23 (engrossed B23-215: § 2(a)(3)(A) rewrites § 28-3851(1))',
  ],
  unverified:
    'The in-force date of D.C. Law 23-98 is 2020-06-17 in the codified annotations and 2020-06-08 on the OAG page; the earlier is encoded. The no-harm exception of the rewritten § 28-3851(1) was read only in the OAG summary (the codified XML read does not carry it).',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 28-3851(3): a name, phone number or address plus SSN/TIN/passport/licence/military or other government
    // ID, account/card with code, medical, genetic, health-insurance and biometric data; credentials alone;
    // account or card number with code alone.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric', 'genetic'],
    standalone: ['credentials', 'financial_account_with_access_code', 'payment_card'],
  },
  encryptionSafeHarbor: true,
  // Conservative: the exception needs consultation with the OAG and federal law enforcement first.
  judgment: harmJudgment(
    'after a reasonable investigation and consultation with the Office of the Attorney General and federal law enforcement, the breach is likely to result in harm (D.C. Code § 28-3851(1) as rewritten by D.C. Law 23-98)',
  ),
};

const NAME_NOTE =
  'D.C. counts the elements with a phone number or address in place of a name: record "name" in the facts if a phone number or address was taken with them.';

export const DC_RULES: Rule[] = [
  stateRule('dc', 'individuals', {
    recipientName: 'each affected District of Columbia resident',
    citation: 'D.C. Code § 28-3852(a)',
    versions: [{ inForceFrom: '2007-07-01', applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT), notes: [NAME_NOTE] }],
    verification: VERIFICATION,
  }),
  stateRule('dc', 'regulator', {
    recipientName: 'Office of the Attorney General for the District of Columbia',
    citation: 'D.C. Code § 28-3852(b-1)',
    versions: [
      {
        inForceFrom: LAW_23_98,
        applies: { ...APPLIES, thresholds: residentsAtLeast(50) },
        deadline: tiedToIndividualNotice(
          'dc',
          'no_later_than',
          'in the most expedient manner possible and without unreasonable delay, and not later than when notice is provided to District residents',
        ),
        notes: ['Due even while the number of affected residents is still unknown once it is 50 or more.'],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('dc', 'regulator', {
    suffix: 'no-harm-consultation',
    recipientName:
      'Office of the Attorney General for the District of Columbia (consultation before relying on a no-harm determination)',
    citation: 'D.C. Code § 28-3852(a-1)',
    versions: [
      {
        inForceFrom: LAW_23_98,
        applies: {
          data: APPLIES.data,
          encryptionSafeHarbor: true,
          judgment: {
            key: 'riskOfHarm',
            when: false,
            words:
              'the organisation relies on a determination that the breach will not likely result in harm, which needs a reasonable investigation and consultation with the Office of the Attorney General and federal law enforcement (D.C. Code § 28-3852(a-1))',
          },
        },
        deadline: noFixedPeriod('before making the no-harm determination: the consultation is part of it'),
      },
    ],
    verification: {
      confidence: 'S',
      sources: [
        'https://oag.dc.gov/requirements-districts-data-breach-notification (OAG: no breach occurs if the company concludes, after consulting the relevant authorities, that harm is unlikely; "A company must consult with OAG before concluding that consumer harm is unlikely"; in effect 2020-06-08)',
      ],
      unverified: 'The text of § 28-3852(a-1) was not read directly this pass.',
    },
  }),
  stateRule('dc', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'D.C. Code § 28-3852(c)',
    versions: [
      {
        inForceFrom: '2007-07-01',
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
