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
  unverified:
    'The AG notice of § 530/10(e) (more than 500 residents; no later than notice to consumers) was read only in law-firm summaries of SB 1624 (https://thewbkfirm.com/industry/illinois-revises-data-breach-law-to-require-notification-to-state-attorney-general); element list from memory.',
};

const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    '815 ILCS 530/10(a), official text at https://witnessslips.ilga.gov/legislation/ilcs/documents/081505300K10.htm: "shall notify the resident at no charge ... following discovery or notification of the breach. The disclosure notification shall be made in the most expedient time possible and without unreasonable delay, consistent with any measures necessary to determine the scope of the breach"',
    ...VERIFICATION.sources,
  ],
  unverified: 'The § 530/5 element list was not re-read this pass.',
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
    verification: VERIFIED_INDIVIDUALS,
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
