import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  glbaExemptionNote,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SEVENTH_PASS_UNREAD } from './statute-copies';

/** Ohio, Ohio Rev. Code § 1349.19 (effective 2006-02-17). No regulator notice. */

const IN_FORCE = '2006-02-17';

/**
 * The exemptions of § 1349.19 for HIPAA covered entities and for financial institutions that federal law requires
 * to notify their customers and that their functional regulator examines: not read (the copies found stop after
 * division (A)), and conditional on facts not recorded (compliance, examination). The notices stay listed.
 */
const FEDERAL_EXEMPTIONS_NOTE = glbaExemptionNote(
  'Ohio is understood to exempt a HIPAA covered entity (45 CFR 160.103), at least from the bureau notice, and a financial institution, trust company or credit union that federal law requires to notify its customers of a security breach and that is examined for it by its functional regulator.',
  "Ohio Rev. Code § 1349.19; the exempting words have not been checked against the statute, and summaries differ on whether the HIPAA exemption reaches the residents' notice",
);

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-oh (S: DWT; Snell & Wilmer; wordsbywit)',
    'Secondary state table quoting § 1349.19 "in the most expedient time possible but not later than forty-five days following its discovery or notification of the breach" (public GitHub research file, read via find_string)',
    'https://www.wordsbywit.com/ohio (quotes (B)(2): "the most expedient time possible but not later than forty-five days following its discovery or notification of the breach in the security of the system, subject to the legitimate needs of law enforcement"; CRAs "if over 1,000 residents"; secondary)',
    'GitHub AlexNetCC/USDataBreachApp, raw-laws/ohio.md at commit 6c86623 (state-law table "verified_by: Foley & Lardner LLP"; secondary): "exemption_hipaa_description: CRA notification requirement does not apply to HIPAA covered entities"; "exemption_glba_description: Financial institutions complying with federal law and subject to regulatory examination are exempt from notification requirements"; CRAs "If entity notifies more than 1,000 residents of Ohio"',
    'https://instalawyer.io/laws/ohio-revised-code/section-134919-private-disclosure (code copy, "Effective: March 30, 2007; Latest Legislation: Senate Bill 126 - 126th General Assembly"): (A)(1)(a) "Breach of the security of the system" means unauthorized access to and acquisition of computerized data that compromises the security or confidentiality of personal information owned or licensed by a person and that causes, reasonably is believed to have caused, or reasonably is believed will cause a material risk of identity theft or other fraud to the person or property of a resident of this state',
  ],
  unverified: `Only division (A)(1) of the code copy was read (sixth pass): the 45 days of (B)(2), the more-than-1,000 bureau threshold of (G) and the exemptions are from secondary sources and memory. The copy's last amendment (SB 126, 2007-03-30) suggests the text read is the one in force since then; the 2006-02-17 original date is from memory. ${SEVENTH_PASS_UNREAD}`,
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the access causes or is reasonably believed to cause a material risk of identity theft or other fraud to the Ohio resident (Ohio Rev. Code § 1349.19(A)(1)(a))',
  ),
};

export const OH_RULES: Rule[] = [
  stateRule('oh', 'individuals', {
    notes: [FEDERAL_EXEMPTIONS_NOTE],
    recipientName: 'each affected Ohio resident',
    citation: 'Ohio Rev. Code § 1349.19(B)(2)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: calendarDays(
          45,
          'discoveredAt',
          'in the most expedient time possible but not later than 45 days following discovery or notification of the breach',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('oh', 'credit_bureaus', {
    notes: [FEDERAL_EXEMPTIONS_NOTE],
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Ohio Rev. Code § 1349.19(G)',
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
