import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, noFixedPeriod, type StateVersion, stateRule } from './state-rule';
import { lawserverCopy } from './statute-copies';

/**
 * Massachusetts, M.G.L. c. 93H, § 3 (effective 2007-10-31). Notice is owed when the holder knows or has reason to
 * know of a "breach of security" (substantial risk of identity theft or fraud) OR that personal information was
 * acquired or used by an unauthorised person: the second limb has no harm test, so no judgment is attached.
 * Account and card numbers count "with or without any required security code".
 */

const IN_FORCE = '2007-10-31';

/**
 * Read in the text: a lawserver.com copy of c. 93H as amended by St. 2018, c. 444 (in force 2019-04-11), stored in
 * the public GitHub repository Ansvar-Systems/US-law-mcp. § 3(b): the owner or licensor "shall provide notice, as
 * soon as practicable and without unreasonable delay, when such person or agency (1) knows or has reason to know of
 * a breach of security or (2) ... that the personal information of such resident was acquired or used by an
 * unauthorized person ... to the attorney general, the director of consumer affairs and business regulation and to
 * such resident"; the consumer reporting agencies and state agencies "identified by the director" are told "as soon
 * as practicable and without unreasonable delay". No number threshold for any recipient.
 */
export const MA_TEXT_SOURCE = lawserverCopy(
  'ma',
  'M.G.L. c. 93H §§ 1-3 as amended by St. 2018, c. 444',
  'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXV/Chapter93H',
);

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${MA_TEXT_SOURCE}: § 3(b) "shall provide notice, as soon as practicable and without unreasonable delay ... to the attorney general, the director of consumer affairs and business regulation and to such resident"; the agencies the director identifies "as soon as practicable and without unreasonable delay"`,
    'shared/research/breach-deadlines.md §5 us-ma (V: c. 93H text)',
  ],
  unverified:
    'The in-force date of the original chapter (2007-10-31) is from memory; the text read is the 2019 version.',
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
