import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, noFixedPeriod, type StateVersion, stateRule } from './state-rule';

/**
 * Massachusetts, M.G.L. c. 93H, § 3 (effective 2007-10-31). Notice is owed when the holder knows or has reason to
 * know of a "breach of security" (substantial risk of identity theft or fraud) OR that personal information was
 * acquired or used by an unauthorised person: the second limb has no harm test, so no judgment is attached.
 * Account and card numbers count "with or without any required security code".
 */

const IN_FORCE = '2007-10-31';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ma (V: c. 93H text)',
    'Secondary state table quoting c. 93H § 3 "as soon as practicable and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not re-read this pass; in-force date from memory.',
};

const APPLIES: StateVersion['applies'] = {
  // c. 93H § 1: name plus SSN, licence/state ID, financial account or card number with or without a code.
  data: { withName: [...CORE_ELEMENTS, 'financial_account'] },
  encryptionSafeHarbor: true,
};

const PROMPTLY = noFixedPeriod('as soon as practicable and without unreasonable delay');

export const MA_RULES: Rule[] = [
  stateRule('ma', 'individuals', {
    recipientName: 'each affected Massachusetts resident',
    citation: 'M.G.L. c. 93H, § 3(b)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: PROMPTLY,
        notes: [
          'If SSNs were taken, offer at least 18 months of credit monitoring (42 months if the notifier is a consumer reporting agency) (c. 93H, § 3A).',
        ],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ma', 'regulator', {
    recipientName:
      'Massachusetts Attorney General and Director of the Office of Consumer Affairs and Business Regulation',
    citation: 'M.G.L. c. 93H, § 3(b)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: PROMPTLY,
        notes: ['Include a sample of the consumer notice and a certification of the credit monitoring offered.'],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ma', 'credit_bureaus', {
    recipientName: 'consumer reporting agencies and state agencies identified by the OCABR Director',
    citation: 'M.G.L. c. 93H, § 3(b)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: PROMPTLY,
        notes: ['The OCABR Director identifies which agencies must be told.'],
      },
    ],
    verification: VERIFICATION,
  }),
];
