import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Utah Protection of Personal Information Act, Utah Code § 13-44-202. SB 127 (effective 2023-05-03) added the
 * AG and Utah Cyber Center notice (500 or more residents) and the bureau notice (1,000 or more); neither has a
 * period of its own.
 */

const SB_127 = '2023-05-03';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ut and §5.2 (S: eyeonprivacy; DWT; Perkins)',
    'Secondary state table quoting § 13-44-202 "in the most expedient time possible without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: [
    'Statute text not read; SB 98 (2024-05-01) content not reviewed; the 2007-01-01 original date from memory.',
    SIXTH_PASS_UNREAD,
    SEVENTH_PASS_UNREAD,
  ].join(' '),
};

/**
 * § 13-44-202(1)-(3) read in an older copy of the text (before SB 127 of 2023, which added the AG, Cyber Center and
 * bureau notices; those stay S). (2): "in the most expedient time possible without unreasonable delay"; (3)(a): the
 * maintainer "immediately following the person's discovery of the breach if misuse of the personal information
 * occurs or is reasonably likely to occur".
 */
export const UT_TEXT_SOURCE =
  'https://statutes.laws.com/utah/title-13/chapter-44/13-44-202 (text of Utah Code § 13-44-202 before SB 127 of 2023)';
const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    `${UT_TEXT_SOURCE}: (1)(b) "If an investigation under Subsection (1)(a) reveals that the misuse of personal information for identity theft or fraud purposes has occurred, or is reasonably likely to occur, the person shall provide notification to each affected Utah resident"; (2) "shall provide the notification in the most expedient time possible without unreasonable delay"`,
    ...VERIFICATION.sources,
  ],
  unverified:
    'Read in the version before SB 127 (2023) and SB 98 (2024); the law-firm summaries of those acts describe added AG, Cyber Center and bureau notices, not a change to (1)-(2). The 2007-01-01 date is from the AICPA summary ("Effective Date: January 1, 2007").',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the investigation reveals that misuse of personal information for identity theft or fraud has occurred or is reasonably likely to occur (Utah Code § 13-44-202(1)(b))',
  ),
};

export const UT_RULES: Rule[] = [
  stateRule('ut', 'individuals', {
    recipientName: 'each affected Utah resident',
    citation: 'Utah Code § 13-44-202(1)',
    versions: [{ inForceFrom: '2007-01-01', applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('ut', 'regulator', {
    recipientName: 'Utah Attorney General and Utah Cyber Center',
    citation: 'Utah Code § 13-44-202 (SB 127, 2023)',
    versions: [
      {
        inForceFrom: SB_127,
        applies: { ...APPLIES, thresholds: residentsAtLeast(500) },
        deadline: noFixedPeriod('no separate period stated'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ut', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Utah Code § 13-44-202 (SB 127, 2023)',
    versions: [
      {
        inForceFrom: SB_127,
        applies: { ...APPLIES, thresholds: residentsAtLeast(1000) },
        deadline: noFixedPeriod('no separate period stated'),
      },
    ],
    verification: VERIFICATION,
  }),
];
