import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { lawserverCopy, SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * New Jersey, N.J.S.A. § 56:8-163 (effective 2006-01-01). The Division of State Police (through NJCCIC) must be
 * told in advance of the disclosure to customers.
 */

const IN_FORCE = '2006-01-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-nj (V: cyber.nj.gov quoting the statute; S: Klinedinst)',
    'Secondary state table quoting § 56:8-163 "in the most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: [
    'Statute text not re-read; credentials element (2019-09-01) and in-force date from memory.',
    SIXTH_PASS_UNREAD,
    SEVENTH_PASS_UNREAD,
  ].join(' '),
};

export const NJ_TEXT_SOURCE = lawserverCopy(
  'nj',
  'N.J.S.A. §§ 56:8-161 to -163 as amended by P.L. 2019, c. 95 (the copy of § 56:8-163 begins at subsection b.)',
  'https://www.njleg.state.nj.us/Bills/2004/AL05/198_.HTM',
);

/**
 * Read in the text (subsections b., c. and f.; subsection a. is missing from the copy, so the individual notice stays
 * S): c.(1) "shall, in advance of the disclosure to the customer, report the breach of security ... to the Division
 * of State Police"; f. "more than 1,000 persons at one time ... shall also notify, without unreasonable delay, all
 * consumer reporting agencies".
 */
const READ_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${NJ_TEXT_SOURCE}: c.(1) "in advance of the disclosure to the customer, report the breach of security and any information pertaining to the breach to the Division of State Police in the Department of Law and Public Safety"; f. "of more than 1,000 persons at one time, the business or public entity shall also notify, without unreasonable delay, all consumer reporting agencies"`,
    ...VERIFICATION.sources,
  ],
  unverified: 'The in-force date (2006-01-01) is not read in P.L. 2005, c. 226.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 56:8-161: name plus SSN, licence/state ID, account/card with code; credentials alone (2019).
    withName: [...CORE_ELEMENTS],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'misuse of the information is reasonably possible (N.J.S.A. § 56:8-163(a)); a no-misuse determination must be documented and kept for five years',
  ),
};

export const NJ_RULES: Rule[] = [
  stateRule('nj', 'individuals', {
    recipientName: 'each affected New Jersey customer',
    citation: 'N.J.S.A. § 56:8-163(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFICATION,
  }),
  stateRule('nj', 'regulator', {
    recipientName: 'New Jersey Division of State Police (NJCCIC)',
    citation: 'N.J.S.A. § 56:8-163(c)(1)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: tiedToIndividualNotice('nj', 'before', 'in advance of the disclosure to the customer'),
      },
    ],
    verification: READ_VERIFICATION,
  }),
  stateRule('nj', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'N.J.S.A. § 56:8-163(f)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: READ_VERIFICATION,
  }),
];
