import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, HEALTH, noFixedPeriod, residentsOver, stateRule, type StateVersion } from './state-rule';

/**
 * North Dakota, N.D. Cent. Code §§ 51-30-01 to -07. No harm threshold. AG notice by mail or e-mail when more
 * than 250 residents are affected (added 2015-08-01), on the same "most expedient" standard.
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-nd (V: § 51-30-02 text)',
    'Secondary state table quoting § 51-30-02 "most expedient time possible and without unreasonable delay" for residents and AG (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not re-read; in-force dates (2005-06-01; AG 2015-08-01) and the element list from memory.',
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
    versions: [{ inForceFrom: '2015-08-01', applies: { ...APPLIES, thresholds: residentsOver(250) }, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFICATION,
  }),
];
