import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, stateRule } from './state-rule';

/** Mississippi, Miss. Code § 75-24-29 (effective 2011-07-01). Residents only; no regulator or bureau notice. */

/** § 75-24-29 as Lexis Advance publishes it, quoted in the OpenAgreements Mississippi practice guide. */
export const MS_QUOTED_SOURCE =
  'OpenAgreements practice guide "Mississippi" (https://openagreements.org/practice-guides/privacy/us/mississippi, last reviewed 2026-06-12, read in a public GitHub copy), quoting Miss. Code Ann. § 75-24-29 from Lexis Advance';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${MS_QUOTED_SOURCE}: (3) "A person who conducts business in this state shall disclose any breach of security to all affected individuals. The disclosure shall be made without unreasonable delay, subject to the provisions of subsections (4) and (5) of this section and the completion of an investigation by the person to determine the nature and scope of the incident, to identify the affected individuals, or to restore the reasonable integrity of the data system. Notification shall not be required if, after an appropriate investigation, the person reasonably determines that the breach will not likely result in harm to the affected individuals."; (8) no regulator notice, AG enforcement only`,
    'shared/research/breach-deadlines.md §5 us-ms (S: DWT; Perkins; wordsbywit)',
  ],
  unverified:
    'Read in quotations of the current text; the 2011-07-01 in-force date (H.B. 582 of 2010) is from the Perkins Coie chart. "Affected individual" covers only information "intentionally acquired" (§ 75-24-29(2)(b)(iv)); not modelled, the broader reading.',
};

export const MS_RULES: Rule[] = [
  stateRule('ms', 'individuals', {
    recipientName: 'each affected Mississippi resident',
    citation: 'Miss. Code § 75-24-29(3)',
    versions: [
      {
        inForceFrom: '2011-07-01',
        applies: {
          data: { withName: [...CORE_ELEMENTS] },
          encryptionSafeHarbor: true,
          judgment: harmJudgment(
            'after an appropriate investigation, the breach is reasonably likely to result in harm to the affected individuals (Miss. Code § 75-24-29(3))',
          ),
        },
        deadline: noFixedPeriod('without unreasonable delay, subject to the investigation and law-enforcement needs'),
      },
    ],
    verification: VERIFICATION,
  }),
];
