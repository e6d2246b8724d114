import type { Rule, Verification } from '../../rule';
import {
  EXPEDIENT,
  glbaExemptionNote,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

// KRS § 365.732: GLBA-regulated financial institutions are exempt (secondary): kept, with a note.
const GLBA_NOTE = glbaExemptionNote(
  'Kentucky exempts a person subject to Title V of the Gramm-Leach-Bliley Act.',
  'https://www.recordinglaw.com/us-laws/data-privacy-laws/kentucky-data-privacy-laws/data-breach-notification: "financial institutions subject to the Gramm-Leach-Bliley Act (GLBA)" are exempt; the statute was not read',
);

/** Kentucky, KRS § 365.732 (effective 2014-07-15). No regulator notice for private entities. */

const IN_FORCE = '2014-07-15';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ky (V: § 365.732 text; S: Perkins; DWT)',
    'Secondary state table quoting "the most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: ['Statute text not re-read; in-force date from memory.', SIXTH_PASS_UNREAD, SEVENTH_PASS_UNREAD].join(
    ' ',
  ),
};

/**
 * KRS § 365.732(1)-(2) read in a reproduction of the statute (fifth verification pass, issue 13): the definitions
 * encoded below and the residents' notice. Subsections (3) and (7) (maintainer, bureaus) are past what was read.
 */
const TEXT_READ: Verification = {
  confidence: 'V',
  sources: [
    'https://proteuscyber.com/privacy-database/news/4565-kentucky-notification-to-affected-persons-of-computer-security-breach-ky-rev-stat-365732 (text of KRS § 365.732(1) and (2): "(2) Any information holder shall disclose any breach of the security of the system, following discovery or notification of the breach in the security of the data, to any resident of Kentucky whose unencrypted personal information was, or is reasonably believed to have been, acquired by an unauthorized person."; (1)(c) elements "1. Social Security number; 2. Driver\'s license number; or 3. Account number or credit or debit card number, in combination with any required security code, access code, or password")',
    'https://www.wordsbywit.com/kentucky (quotes § 365.732(2) in full: "The disclosure shall be made in the most expedient time possible and without unreasonable delay, consistent with the legitimate needs of law enforcement, as provided in subsection (4) of this section, or any measures necessary to determine the scope of the breach and restore the reasonable integrity of the data system.")',
  ],
  unverified:
    'The reproduction is undated and was read to the start of (2); the rest of (2) is read in a quotation. The 2014-07-15 in-force date (HB 232) is from Perkins. The GLBA exemption (below) was not read.',
};

const APPLIES: StateVersion['applies'] = {
  // KRS § 365.732(1)(c): name plus SSN, driver's licence number, account/card with code (no state ID card listed).
  data: { withName: ['ssn', 'drivers_license', 'financial_account_with_access_code', 'payment_card'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach actually causes, or leads the holder to reasonably believe it has caused or will cause, identity theft or fraud (KRS § 365.732(1)(a))',
  ),
};

export const KY_RULES: Rule[] = [
  stateRule('ky', 'individuals', {
    notes: [GLBA_NOTE],
    recipientName: 'each affected Kentucky resident',
    citation: 'KRS § 365.732(2)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: TEXT_READ,
  }),
  stateRule('ky', 'credit_bureaus', {
    notes: [GLBA_NOTE],
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'KRS § 365.732(7)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
