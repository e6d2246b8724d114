import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  glbaExemptionNote,
  harmJudgment,
  residentsAtLeast,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SEVENTH_PASS_UNREAD } from './statute-copies';

// Wis. Stat. § 134.98: an entity subject to and in compliance with GLBA Title V, with a breach policy in effect, is
// exempt (secondary sources; the statute was not read): the notices are kept, with a note.
const GLBA_NOTE = glbaExemptionNote(
  'Wisconsin exempts an entity subject to Title V of the Gramm-Leach-Bliley Act that complies with it and has a policy on breaches of information security in effect.',
  'github:AlexNetCC/USDataBreachApp raw-laws/wisconsin.md (Foley & Lardner chart, 2025: "Entities subject to Title V of Gramm-Leach-Bliley Act with information security policy in effect"); https://easyitguys.com/wisconsin-security-breach-notification-law/ ("those that are compliant with Title V of the GLBA are deemed to comply"); the statute was not read',
);

/**
 * Wisconsin, Wis. Stat. § 134.98 (effective 2006-03-31). Within a reasonable time, not exceeding 45 days after
 * the entity learns of the acquisition (read as discovery). Paper records count. No regulator notice (insurance
 * licensees report to the Commissioner under a separate law).
 */

const IN_FORCE = '2006-03-31';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-wi (S: DWT; Lewis Brisbois; csrps)',
    'https://lewisbrisbois.com/privacy/US/Wisconsin/data-breach ("no more than 45 days after the entity learns of the acquisition of personal information")',
    'https://www.wordsbywit.com/wisconsin (quoting "within a reasonable time, not to exceed 45 days after the entity learns of the acquisition of personal information")',
  ],
  unverified: `Statute text not read (sixth pass: no copy of § 134.98 was found in the stores searched; the Justia-scraped copy of ch. 134 in GitHub saint1415/us-statutes holds headings only, and the Ansvar seed copy is hand-written). In-force date (2006-03-31) from secondary sources (cliclaw, Foley). ${SEVENTH_PASS_UNREAD}`,
};

/**
 * § 134.98(2)(br), as two secondary sources word it: "1,000 or more individuals" notified as a result of a single
 * incident (Foley & Lardner chart, 2025; coulee.tech 2025: "If a single incident affects 1,000 or more"). The
 * catalog counted "more than 1,000" until the sixth pass; the statute was not read, and 1,000 or more is also the
 * reading that gives the bureaus notice in more cases (conservative).
 */
const BUREAUS_VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'github:AlexNetCC/USDataBreachApp raw-laws/wisconsin.md (Foley & Lardner chart, 2025: "If Entity required to notify 1,000 or more individuals as result of single incident"; "Without unreasonable delay")',
    'https://www.coulee.tech/blog/wisconsin-data-breach-notification-law-what-it-requires ("If a single incident affects 1,000 or more")',
    'https://csrps.com/privacy-regulations/wisconsin/ and https://ttaprivacy.club/united-states/wisconsin/ (bureaus "without unreasonable delay, but within 45 days")',
    ...VERIFICATION.sources,
  ],
  unverified: `Statute text not read. The 45-day limit on the bureau notice is the conservative reading (two secondary sources give it; the others say only "without unreasonable delay"). Whether "individuals" counts people outside Wisconsin (an entity with its principal place of business in Wisconsin notifies "each subject", from memory) is not settled; Wisconsin residents are counted. ${SEVENTH_PASS_UNREAD}`,
};

const APPLIES: StateVersion['applies'] = {
  // § 134.98(1)(b): name plus SSN, licence/state ID, account/card with code or password, DNA profile, unique
  // biometric data.
  data: { withName: [...CORE_ELEMENTS, 'genetic', 'biometric'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the acquisition creates a material risk of identity theft or fraud to the subject of the information (Wis. Stat. § 134.98(2)(cm))',
  ),
};

export const WI_RULES: Rule[] = [
  stateRule('wi', 'individuals', {
    notes: [GLBA_NOTE],
    recipientName: 'each affected Wisconsin resident',
    citation: 'Wis. Stat. § 134.98(3)(a)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: calendarDays(
          45,
          'discoveredAt',
          'within a reasonable time, not to exceed 45 days after the entity learns of the acquisition',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('wi', 'credit_bureaus', {
    notes: [GLBA_NOTE],
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Wis. Stat. § 134.98(2)(br)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsAtLeast(1000) },
        // (br) says "without unreasonable delay"; (3)(a) caps "the notice required under sub. (2)" (of which (br) is a
        // part, from memory of the structure) at 45 days, and csrps and ttaprivacy give the bureaus "without
        // unreasonable delay, but within 45 days". The earlier reading: 45 days from learning of the acquisition.
        deadline: calendarDays(
          45,
          'discoveredAt',
          'without unreasonable delay, and (read with § 134.98(3)(a)) within 45 days after the entity learns of the acquisition',
        ),
      },
    ],
    verification: BUREAUS_VERIFICATION,
  }),
];
