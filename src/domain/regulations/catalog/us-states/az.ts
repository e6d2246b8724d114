import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  glbaExemptionNote,
  HEALTH,
  harmJudgment,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SEVENTH_PASS_UNREAD } from './statute-copies';

// A.R.S. § 18-552 exempts GLBA-regulated persons (read in the AG's FAQ, not in the statute): kept, with a note.
const GLBA_NOTE = glbaExemptionNote(
  'Arizona exempts a person subject to and in compliance with Title V of the Gramm-Leach-Bliley Act.',
  'https://www.azag.gov/consumer/data-breach/faq: "entities covered by ... Gramm-Leach-Bliley Act are exempt"',
);

/**
 * Arizona, A.R.S. §§ 18-551, 18-552 as rewritten by HB 1154 (2018, effective 2018-08-03) and amended by HB 2146
 * (2022, adding the Department of Homeland Security). The 45 days run from the determination that a breach
 * occurred (§ 18-552(B)).
 */

const IN_FORCE = '2018-08-03';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-az (S: Klinedinst 2024-02-28; Constangy; csrps)',
    'Secondary state table quoting A.R.S. § 18-552(B) "within forty-five days after the determination" (public GitHub research file, read via find_string)',
    'https://klinedinstlaw.com/practice/privacy-data-security/arizona (updated 2024-02-28: residents "within 45 days after determining there was a breach"; AG and, "beginning on July 22, 2022, the Arizona Department of Homeland Security" and the three largest bureaus "if more than 1,000 residents must be notified")',
    'https://www.azag.gov/consumer/data-breach/faq (Arizona AG: "entities covered by the federal Health Insurance Portability and Accountability Act (HIPAA) or Gramm-Leach-Bliley Act are exempt")',
  ],
  unverified: `Statute text not read (sixth pass: the lawserver.com and cliclaw.com copies of § 18-552 are in the stored pages, but only their openings could be reached; the Ansvar seed copy is hand-written and misstates (B)). The Foley chart (2025) words both thresholds as "1,000 or more"; Klinedinst and the AG FAQ say "more than 1,000", which is kept. The CRA notice is given the same 45 days as the rest of § 18-552(B) (conservative reading). The Department of Homeland Security was added in 2022 (2022-07-22 per Klinedinst, 2022-06-27 per the Foley chart, 2022-09-24 from memory): the recipient name carries it for every version. ${SEVENTH_PASS_UNREAD}`,
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 18-551(11): name plus SSN, licence/ID, account/card with code, private key for an electronic signature,
    // health-insurance ID, medical information, passport, taxpayer ID/IP PIN, biometric data; credentials alone.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric', 'digital_signature'],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach has resulted in or is reasonably likely to result in substantial economic loss to affected individuals (A.R.S. § 18-552(J))',
  ),
};

const FORTY_FIVE_DAYS = calendarDays(
  45,
  'determinedAt',
  'within 45 days after the determination that a breach occurred',
);

export const AZ_RULES: Rule[] = [
  stateRule('az', 'individuals', {
    notes: [GLBA_NOTE],
    recipientName: 'each affected Arizona resident',
    citation: 'A.R.S. § 18-552(B)(1)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: FORTY_FIVE_DAYS }],
    verification: VERIFICATION,
  }),
  stateRule('az', 'regulator', {
    notes: [GLBA_NOTE],
    recipientName: 'Arizona Attorney General and Director of the Arizona Department of Homeland Security',
    citation: 'A.R.S. § 18-552(B)(2)',
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFICATION,
  }),
  stateRule('az', 'credit_bureaus', {
    notes: [GLBA_NOTE],
    recipientName: 'the three largest nationwide consumer reporting agencies',
    citation: 'A.R.S. § 18-552(B)(2)',
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFICATION,
  }),
];
