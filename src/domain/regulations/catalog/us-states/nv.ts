import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  HEALTH,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/** Nevada, NRS § 603A.220 (effective 2005-10-01). No harm threshold; no regulator notice. */

const IN_FORCE = '2005-10-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-nv (V: § 603A.220 text; S: Perkins)',
    'Secondary state table quoting NRS 603A.220 "in the most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified:
    'Statute text of NRS 603A.220(6) (bureaus) not read (sixth pass: the casetext copy could not be reached past subsection 3); the Foley chart (github:AlexNetCC/USDataBreachApp raw-laws/nevada.md, 2025: "If entity determines notification required to more than 1,000 persons at any one time ... without unreasonable delay") agrees with the threshold and timing encoded. Element list of NRS 603A.040 from memory.',
};

/** NRS 603A.220(1)-(3) read in the current text (through the 2023 sessions); (6), the bureaus, was not reached. */
export const NV_TEXT_SOURCE =
  'https://casetext.com/statute/nevada-revised-statutes/title-52-trade-regulations-and-practices/chapter-603a-security-and-privacy-of-personal-information/security-of-information-maintained-by-data-collectors-and-other-businesses/regulation-of-business-practices/section-603a220-disclosure-of-breach-of-security-of-system-data-methods-of-disclosure (text of NRS 603A.220, "Current through 82nd (2023) Legislative Session")';
const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    `${NV_TEXT_SOURCE}: (1) "Except as otherwise provided in subsection 7, a data collector that owns or licenses computerized data which includes personal information shall disclose any breach of the security of the system data following discovery or notification of the breach to any resident of this State ... The disclosure must be made in the most expedient time possible and without unreasonable delay"`,
    'https://instalawyer.io/laws/nevada-revised-statutes/chapter-603a-security-and-nrs-603a220-disclosure-of (same words, earlier text)',
    ...VERIFICATION.sources,
  ],
  unverified:
    'Subsection 7, the exception (1) refers to, was not reached in the text read, so no exception is applied (conservative); the 2005-10-01 date is from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // NRS 603A.040: name plus SSN, licence/ID, account/card with code, medical or health-insurance ID number;
    // credentials (listed as an element; read as standalone, the broader reading).
    withName: [...CORE_ELEMENTS, ...HEALTH],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
};

export const NV_RULES: Rule[] = [
  stateRule('nv', 'individuals', {
    recipientName: 'each affected Nevada resident',
    citation: 'NRS § 603A.220(1)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: noFixedPeriod(EXPEDIENT),
        notes: ['Installment-loan licensees (NRS 675.283) have their own 30-day rule, not in this catalog.'],
      },
    ],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('nv', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'NRS § 603A.220(6)',
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
