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

/**
 * Maine Notice of Risk to Personal Data Act, 10 M.R.S. §§ 1346–1350-B. LD 696 (P.L. 2019, c. 512, effective
 * 2019-09-19) added the 30-day limit, counted "after becoming aware of the breach and identifying its scope":
 * both must have happened, so the clock is `scopeIdentifiedAt`, which falls back to discovery (the earlier and
 * conservative instant) until the incident records it.
 */

const LD_696 = '2019-09-19';

/**
 * 10 M.R.S. § 1349(4), read in the compiled Maine Revised Statutes text (sixth verification pass, issue 13): "A
 * person that complies with the security breach notification requirements of rules, regulations, procedures or
 * guidelines established pursuant to federal law or the law of this State is deemed to be in compliance with the
 * requirements of section 1348 as long as the law, rules, regulations or guidelines provide for notification
 * procedures at least as protective as the notification requirements of section 1348." [2009, c. 161, §4 (AMD)]
 * Deemed compliance needs the organisation to comply with a federal notification regime at least as protective,
 * which the facts do not record and which is a judgment for counsel: every § 1348 notice stays listed, with this
 * note (conservative; not encoded as an exclusion as Minn. Stat. § 325E.61 subd. 4 is).
 */
export const ME_1349_SOURCE =
  'https://docest.com/doc/131605/mrs-title-10-1349-enforcement-penalties (Maine Revised Statutes, Title 10 § 1349, compiled text with history to 2009, c. 161)';
const FEDERAL_COMPLIANCE_NOTE = glbaExemptionNote(
  'Maine deems a person that complies with the breach-notification rules of federal law (GLBA Title V guidance, HIPAA) to comply with § 1348 when those rules are "at least as protective" (10 M.R.S. § 1349(4)).',
  ME_1349_SOURCE,
);

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://csrps.com/privacy-regulations/miane/ (30 days; 7 business days after a law-enforcement delay; AG/DPFR if any resident; CRAs if more than 1,000)',
    'https://www.recordinglaw.com/us-laws/data-privacy-laws/maine-data-privacy-laws/data-breach-notification (30 days from discovery and scope determination; added in 2019)',
    'https://www.complianceiq.site/breach-notification/maine (corroboration only: "not later than 30 days after becoming aware of the breach and identifying its scope")',
    'http://www.mainelegislature.org/legis/bills/bills_129th/billtexts/SP020904.asp (LD 696, Senate Amendment S-364 to Committee Amendment A: "If there is no delay of notification due to law enforcement investigation pursuant to subsection 3, the notices must be made no more than 30 days after the person identified in paragraph A or B becomes aware of a breach of security and identifies its scope")',
    'https://shostack.org/archive/2006/06/remembering-the-maine (quoting P.L. 2005, c. 583, § 9, amending § 1348(5): "When notice of a breach of the security of the system is required under subsection 1, the person shall notify the appropriate state regulators within the Department of Professional and Financial Regulation, or if the person is not regulated by the department, the Attorney General")',
    `${ME_1349_SOURCE}: § 1349(4) deemed compliance for a person complying with federal-law notification rules "at least as protective"`,
    'github:AlexNetCC/USDataBreachApp raw-laws/maine.md (Foley & Lardner chart, 2025: CRAs "If entity must notify more than 1,000 persons at single time"; L.D. 696 effective 2019-09-19)',
  ],
  unverified: `The enacted § 1348 was not read in its current words: only the LD 696 amendment that proposed the 30 days (S-364), which matches the words encoded, the 2006 amendment of sub-§ 5 (quoted in a blog) and § 1349 in the compiled statutes. That LD 696 passed in that form (P.L. 2019, c. 512) and its effective date (2019-09-19) are from secondary sources. The first in-force date is 2006-01-31 in the AICPA and Foley summaries but "January 31, 2007" in a Maine AG release (2007-09-28); the earlier date is kept. Sub-§ 4 (bureaus, "more than 1,000 persons") was not read: the count is of Maine residents, as encoded. ${SEVENTH_PASS_UNREAD}`,
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 1347(6): name plus SSN, licence/ID, account/card number (if usable without a code), account passwords
    // or PINs; any of them without a name if enough to commit identity theft (read here as standalone).
    withName: [...CORE_ELEMENTS, 'financial_account', 'credentials'],
    standalone: [...CORE_ELEMENTS, 'financial_account', 'credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the investigation determines that misuse of the personal information has occurred or is reasonably possible (10 M.R.S. § 1348(1)(B)); information brokers must notify regardless',
  ),
};

export const ME_RULES: Rule[] = [
  stateRule('me', 'individuals', {
    notes: [FEDERAL_COMPLIANCE_NOTE],
    recipientName: 'each affected Maine resident',
    citation: '10 M.R.S. § 1348(1)',
    versions: [
      {
        inForceFrom: '2006-01-31',
        applies: APPLIES,
        deadline: noFixedPeriod('as expediently as possible and without unreasonable delay', 'scopeIdentifiedAt'),
      },
      {
        inForceFrom: LD_696,
        citation: '10 M.R.S. § 1348(1) (P.L. 2019, c. 512)',
        applies: APPLIES,
        deadline: calendarDays(
          30,
          'scopeIdentifiedAt',
          'as expediently as possible and without unreasonable delay, not more than 30 days after becoming aware of the breach and identifying its scope',
        ),
        notes: [
          'After a law-enforcement delay: within 7 business days of being told notice no longer compromises the investigation (§ 1348(3)).',
        ],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('me', 'regulator', {
    notes: [FEDERAL_COMPLIANCE_NOTE],
    recipientName:
      'Maine Attorney General, or the regulator within the Department of Professional and Financial Regulation for a DPFR-regulated person',
    citation: '10 M.R.S. § 1348(5)',
    versions: [
      {
        inForceFrom: '2006-01-31',
        applies: APPLIES,
        deadline: noFixedPeriod('when notice to residents is required; no separate period', 'scopeIdentifiedAt'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('me', 'credit_bureaus', {
    notes: [FEDERAL_COMPLIANCE_NOTE],
    recipientName: 'each nationwide consumer reporting agency',
    citation: '10 M.R.S. § 1348(4)',
    versions: [
      {
        inForceFrom: '2006-01-31',
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod(
          'without unreasonable delay (date of the breach, estimated number affected, date of notice)',
          'scopeIdentifiedAt',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
];
