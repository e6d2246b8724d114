import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, residentsOver, type StateVersion, stateRule } from './state-rule';

/** West Virginia, W. Va. Code §§ 46A-2A-101 to -105 (effective 2008-06-06). No regulator notice. */

const IN_FORCE = '2008-06-06';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-wv (V: § 46A-2A-102 text; S: DWT; wordsbywit)',
    'github:AlexNetCC/USDataBreachApp raw-laws/west-virginia.md (Foley & Lardner chart, 2025: bureaus "If entity required to notify more than 1,000 persons at one time", "Without unreasonable delay"; no GLBA exemption, a federal Interagency Guidance exemption)',
    'https://reggi.ai/posts/banking/wvco-chapter-46a-article-2a_9379 (summary: "If more than one thousand persons need to be notified, consumer reporting agencies must also be notified"; "entities subject to Title V of the Gramm Leach Bliley Act are exempt from this section")',
  ],
  unverified:
    'The bureau subsection (cited as (f)) was not read (sixth pass: the stored copies of § 46A-2A-102 end at (d)); its letter, and whether its GLBA clause (the reggi summary; the Foley chart says none) reaches the bureau notice only, are unconfirmed, so no GLBA exemption is applied (conservative). Threshold (more than 1,000 persons) and timing (without unreasonable delay) as encoded agree with both secondary sources. In-force date from the Foley chart (2008-06-06).',
};

/** § 46A-2A-102(a) and (c) read in the text; (f), the bureaus, is past the end of the stored page and stays S. */
export const WV_TEXT_SOURCE =
  'http://laws9.com/statutes/west-virginia/46a/46a-2a-102 (text of W. Va. Code § 46A-2A-102, read in the stored page)';
const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    `${WV_TEXT_SOURCE}: (a) "shall give notice of any breach of the security of the system following discovery or notification of the breach ... to any resident of this state whose unencrypted and unredacted personal information was or is reasonably believed to have been accessed and acquired by an unauthorized person and that causes, or the individual or entity reasonably believes has caused or will cause, identity theft or other fraud ... the notice shall be made without unreasonable delay"`,
    ...VERIFICATION.sources,
  ],
  unverified: 'In-force date (2008-06-06) not read in the session law.',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach has caused or the organisation reasonably believes it has caused or will cause identity theft or other fraud to a West Virginia resident (W. Va. Code § 46A-2A-101(1))',
  ),
};

export const WV_RULES: Rule[] = [
  stateRule('wv', 'individuals', {
    recipientName: 'each affected West Virginia resident',
    citation: 'W. Va. Code § 46A-2A-102(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('wv', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'W. Va. Code § 46A-2A-102(f)',
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
