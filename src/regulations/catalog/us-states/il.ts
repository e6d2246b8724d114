import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  HEALTH,
  noFixedPeriod,
  residentsOver,
  stateRule,
  tiedToIndividualNotice,
  type StateVersion,
} from './state-rule';

/**
 * Illinois Personal Information Protection Act, 815 ILCS 530/10. No harm threshold. SB 1624 (P.A. 101-343,
 * effective 2020-01-01) added the AG notice for a single breach of more than 500 residents.
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-il (V: § 530/10(a) text; S: Perkins; PBWT; WBK)',
    'Secondary state table quoting "in the most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not re-read this pass; element list from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // 815 ILCS 530/5: name plus SSN, licence/ID, account/card with code, medical and health-insurance
    // information, biometric data; credentials alone.
    withName: [...CORE_ELEMENTS, ...HEALTH, 'biometric'],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
};

export const IL_RULES: Rule[] = [
  stateRule('il', 'individuals', {
    recipientName: 'each affected Illinois resident',
    citation: '815 ILCS 530/10(a)',
    versions: [{ inForceFrom: '2006-01-01', applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFICATION,
  }),
  stateRule('il', 'regulator', {
    recipientName: 'Illinois Attorney General',
    citation: '815 ILCS 530/10(e)',
    versions: [
      {
        inForceFrom: '2020-01-01',
        applies: { ...APPLIES, thresholds: residentsOver(500) },
        deadline: tiedToIndividualNotice(
          'il',
          'no_later_than',
          'in the most expedient time possible and without unreasonable delay, but in no event later than when notice is provided to consumers',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
];
