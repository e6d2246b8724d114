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
  unverified:
    'Statute text not read; SB 98 (2024-05-01) content not reviewed; the 2007-01-01 original date from memory.',
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
    verification: VERIFICATION,
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
