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
  stateRule,
  tiedToIndividualNotice,
  type StateVersion,
} from './state-rule';

/**
 * District of Columbia, D.C. Code §§ 28-3851 to -3853 as amended by the Security Breach Protection Amendment
 * Act of 2020 (D.C. Law 23-98). The OAG's page dates it 2020-06-08, another guide 2020-06-17: the earlier date
 * is used so that no breach in between is left without the amended rules.
 */

const LAW_23_98 = '2020-06-08';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-dc (V: dccouncil § 28-3852.02; OAG page) and §8 item 11 (date conflict)',
    'Secondary state table quoting "most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified:
    'Statute text not read this pass. The no-harm exception with required consultation of the OAG and federal law enforcement (§ 28-3852(a-1)) and the element list are from memory; the research notes list DC among states without a harm threshold.',
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
    'after a reasonable investigation and consultation with the Office of the Attorney General and federal law enforcement, the breach is likely to result in harm (D.C. Code § 28-3852(a-1))',
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
    recipientName: 'Office of the Attorney General for the District of Columbia (consultation before relying on a no-harm determination)',
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
    versions: [{ inForceFrom: '2007-07-01', applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
];
