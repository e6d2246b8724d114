import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  glbaExemptionNote,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SEVENTH_PASS_UNREAD } from './statute-copies';

// C.R.S. § 6-1-716(2)(d): the bureau notice is not required of a GLBA-regulated person (secondary): kept, with a note.
// The deemed-compliance clause for entities regulated by other state or federal law (secondary): kept, with a note.
const REGULATED_ENTITY_NOTE = glbaExemptionNote(
  'A covered entity regulated by state or federal law (for example HIPAA or the Gramm-Leach-Bliley Act) that maintains breach procedures under that law is deemed to comply with the notice to residents if it follows them; the notice to the Attorney General is still owed.',
  'GitHub AlexNetCC/USDataBreachApp, raw-laws/colorado.md at commit 6c86623 (state-law table "verified_by: Foley & Lardner LLP"; secondary): "Entities regulated by state or federal law that maintain procedures pursuant to those laws are deemed compliant, but must still notify Attorney General if 500+ resident threshold met"; the statute was not read',
);

const GLBA_NOTE = glbaExemptionNote(
  'The consumer-reporting-agency notice does not apply to a person subject to the Gramm-Leach-Bliley Act.',
  'https://tekrisq.com/resources/colorado/: "unless compliant with the Gramm-Leach-Bliley Act"; the statute was not read',
);

/**
 * Colorado, C.R.S. § 6-1-716 as rewritten by HB 18-1128 (effective 2018-09-01). The clock runs from the
 * "determination that a security breach occurred" (the point with sufficient evidence to conclude one did).
 */

const IN_FORCE = '2018-09-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://coag.gov/resources/data-protection-laws/ (AG page: notice to the AG if the breach affects 500 or more Coloradans)',
    'https://readable-crs.com/privacy/24-73-103-print.html (parallel government statute text: "not later than thirty days after the date of determination that a security breach occurred")',
    'https://www.dwt.com/gcp/states/colorado (30 days; covered info; AG 500+)',
    'https://csrps.com/privacy-regulations/colorado/ (AG 500 or more; CRAs)',
    'https://law.counselstack.com/statute/co/06/6-1-716 (code copy of § 6-1-716, read to (1)(f) only): (1)(b) "Covered entity ... does not include a person acting as a third-party service provider as defined in subsection (1)(i) of this section"; (1)(c) "Determination that a security breach occurred means the point in time at which there is sufficient evidence to conclude that a security breach has taken place"',
    'https://complianceiq.site/breach-notification/colorado (AG "within 30 days if 500 or more Colorado residents are affected"; CRAs "if more than 1,000 residents"; secondary)',
  ],
  unverified: `Subsection (2) of § 6-1-716 not read (sixth pass: the stored code copy returns only the definitions of (1)(a)-(f); the copy in Ansvar-Systems/US-law-mcp is written by hand and refused); the 30 days are read in the parallel § 24-73-103. CRA threshold unclear ("more than 1,000" in the research notes, "1,000 or more" in csrps): 1,000 or more is encoded, the broader reading. ${SEVENTH_PASS_UNREAD}`,
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 6-1-716(1)(g): name plus SSN, student/military/passport ID, licence/ID, medical and health-insurance
    // information, biometric data; credentials alone; account/card number with code alone.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric'],
    standalone: ['credentials', 'financial_account_with_access_code', 'payment_card'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'misuse of the information about a Colorado resident has occurred or is reasonably likely to occur (C.R.S. § 6-1-716(2)(a))',
  ),
};

const THIRTY_DAYS = calendarDays(
  30,
  'determinedAt',
  'not later than 30 days after the date of determination that a security breach occurred',
);

export const CO_RULES: Rule[] = [
  stateRule('co', 'individuals', {
    notes: [REGULATED_ENTITY_NOTE],
    recipientName: 'each affected Colorado resident',
    citation: 'C.R.S. § 6-1-716(2)(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: THIRTY_DAYS }],
    verification: VERIFICATION,
  }),
  stateRule('co', 'regulator', {
    recipientName: 'Colorado Attorney General (online Data Breach Reporting Form)',
    citation: 'C.R.S. § 6-1-716(2)(f)',
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsAtLeast(500) }, deadline: THIRTY_DAYS },
    ],
    verification: VERIFICATION,
  }),
  stateRule('co', 'credit_bureaus', {
    notes: [GLBA_NOTE],
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'C.R.S. § 6-1-716(2)(d)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        // § 6-1-716(2)(d) was not read and the secondaries disagree ("more than 1,000": research notes, tekrisq,
        // complianceiq; "1,000 or more": csrps): the broader reading, 1,000 or more, is encoded.
        applies: { ...APPLIES, thresholds: residentsAtLeast(1000) },
        deadline: noFixedPeriod('without unreasonable delay', 'determinedAt'),
      },
    ],
    verification: VERIFICATION,
  }),
];
