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
  unverified: 'Statute text not re-read; in-force date from memory.',
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
    verification: VERIFICATION,
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
