import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  GLBA_FINANCIAL_INSTITUTIONS,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * Alaska Personal Information Protection Act, AS 45.48.010–.090 (effective 2009-07-01). Notice is not required
 * if, after an investigation and written notice to the Attorney General, the organisation determines there is
 * no reasonable likelihood of harm (AS 45.48.010(c)); that AG notice is therefore its own rule, listed only while
 * the organisation relies (or may rely) on the exception.
 */

const IN_FORCE = '2009-07-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: ['shared/research/breach-deadlines.md §5 us-ak (marked V for AS 45.48.010, .040 text)'],
  unverified: 'Statute text not re-read this pass; in-force date 2009-07-01 from memory.',
};
const VERIFIED_BUREAUS: Verification = {
  confidence: 'V',
  sources: [
    'https://courtgpt.ai/laws/alaska/title-45/chapter-48/article-1/section-45-48-040 (text of AS 45.48.040: (a) "required by AS 45.48.010 to notify more than 1,000 state residents of a breach ... shall also notify without unreasonable delay all consumer credit reporting agencies ... the timing, distribution, and content of the notices"; (c) "does not apply to an information collector who is subject to the Gramm-Leach-Bliley Financial Modernization Act")',
    ...VERIFICATION.sources,
  ],
  unverified:
    'The 2009-07-01 in-force date (HB 65, 2008) is from memory. Sixth pass: AS 45.48.040(c) is the only GLBA clause found in AS 45.48.010-.090 as read (.010 in the 2019 Justia copy, .040, the start of .090); it reaches the bureau notice alone, so the notice to residents is not dropped for a financial institution.',
};

/**
 * AS 45.48.010 read in the text: (b) "in the most expeditious time possible and without unreasonable delay, except
 * as provided in AS 45.48.020 and as necessary to determine the scope of the breach"; (c) "disclosure is not
 * required if, after an appropriate investigation and after written notification to the attorney general of this
 * state, the covered person determines that there is not a reasonable likelihood that harm to the consumers ... has
 * resulted or will result from the breach. The determination shall be documented in writing, and the documentation
 * shall be maintained for five years."
 */
const VERIFIED_010: Verification = {
  confidence: 'V',
  sources: [
    'http://ak.elaws.us/as/45.48.010 (text of AS 45.48.010 "Latest version", history "(Sec. 4 ch 92 SLA 2008)"): (b) "An information collector shall make the disclosure required by (a) of this section in the most expeditious time possible and without unreasonable delay"; (c) "disclosure is not required if, after an appropriate investigation and after written notification to the attorney general of this state, the covered person determines that there is not a reasonable likelihood that harm to the consumers whose personal information has been acquired has resulted or will result from the breach"',
    ...VERIFICATION.sources,
  ],
  unverified: 'The 2009-07-01 in-force date (ch. 92 SLA 2008) is from memory.',
};

const APPLIES: StateVersion['applies'] = {
  // AS 45.48.090(7): name plus SSN, licence/state ID, account or card number (with a code, or without one if
  // none is needed), and passwords/PINs/access codes for a financial account.
  data: { withName: [...CORE_ELEMENTS, 'financial_account', 'credentials'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'there is a reasonable likelihood that harm to the consumers has resulted or will result (AS 45.48.010(c)); relying on the no-harm exception needs a written determination sent to the Attorney General',
  ),
};

export const AK_RULES: Rule[] = [
  stateRule('ak', 'individuals', {
    recipientName: 'each affected Alaska resident',
    citation: 'AS 45.48.010',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: noFixedPeriod(
          'in the most expeditious time possible and without unreasonable delay, after discovering or being notified of the breach',
        ),
      },
    ],
    verification: VERIFIED_010,
  }),
  stateRule('ak', 'regulator', {
    suffix: 'no-harm-determination',
    recipientName: 'Alaska Attorney General',
    citation: 'AS 45.48.010(c)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: {
          data: APPLIES.data,
          encryptionSafeHarbor: true,
          // Either judgment says the organisation takes the exception: relying on it, or deciding harm is unlikely.
          anyOf: [
            {
              judgment: {
                key: 'relyingOnNoHarmException',
                words:
                  'the organisation relies on the no-harm exception instead of notifying Alaska residents (AS 45.48.010(c))',
              },
            },
            {
              judgment: {
                key: 'riskOfHarm',
                when: false,
                words: 'the organisation determines there is no reasonable likelihood of harm (AS 45.48.010(c))',
              },
            },
          ],
        },
        // The determination must be in writing and notified to the AG before individual notice can be skipped;
        // the statute sets no period, and the written determination is kept for five years.
        deadline: noFixedPeriod(
          'in writing, before relying on the determination that there is no reasonable likelihood of harm',
        ),
      },
    ],
    verification: VERIFIED_010,
  }),
  stateRule('ak', 'credit_bureaus', {
    recipientName: 'each nationwide consumer credit reporting agency',
    citation: 'AS 45.48.040',
    versions: [
      {
        inForceFrom: IN_FORCE,
        // AS 45.48.040(c): "does not apply to an information collector who is subject to the Gramm-Leach-Bliley ...".
        applies: { ...APPLIES, thresholds: residentsOver(1000), excludedEntityTypes: GLBA_FINANCIAL_INSTITUTIONS },
        deadline: noFixedPeriod('without unreasonable delay'),
        notes: [
          'Not required of an organisation subject to the Gramm-Leach-Bliley Act (AS 45.48.040(c)): dropped for a bank, credit union or FTC-regulated financial institution; another organisation under the Act (an insurer, a broker-dealer) may also be exempt.',
        ],
      },
    ],
    verification: VERIFIED_BUREAUS,
  }),
];
