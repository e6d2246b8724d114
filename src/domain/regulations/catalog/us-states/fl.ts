import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SEVENTH_PASS_UNREAD } from './statute-copies';

/**
 * Florida Information Protection Act of 2014, Fla. Stat. § 501.171 (effective 2014-07-01). Both the individual
 * and the Department notices run 30 days from "the determination of a breach or reason to believe a breach
 * occurred", whichever comes first. The facts record a determination (`determinedAt`, "the breach was determined to
 * have occurred") and a discovery (`discoveredAt`, "the breach was discovered"), and no separate "reason to
 * believe"; a discovered breach is reason to believe one occurred, so the clocks run from `discoveredAt`, the
 * earlier (conservative) reading. Counting from the determination let a team that records the two apart (Mr.
 * Cooper: discovered 31 October 2023, determined 1 November) see a due time up to the gap later than the statute's.
 * The 15-day extension for good cause needs a written request within the 30 days and is not assumed.
 */

const IN_FORCE = '2014-07-01';
/**
 * SB 262 (2023, "technology transparency"), section 25, added to § 501.171(1)(g)1.a.
 * "(VI) An individual's biometric data as defined in s. 501.702; or (VII) Any information regarding an individual's
 * geolocation." The act took effect 2024-07-01 (the Digital Bill of Rights date), so a breach from that day of a
 * name with biometric data or geolocation is notifiable in Florida and one before it is not.
 */
const SB_262 = '2024-07-01';

/** § 501.171(1)(g) in its current words, read in two copies (issue 13, sixth verification pass). */
const DEFINITION_SOURCES = [
  'GitHub Ansvar-Systems/US-law-mcp, data/seed/states/fl.json at commit fd791e3 (text fetched by its "legislature" parser from the official page http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html; only subsections (1), (9) and (11) survived the parse): (1)(g)1.a. "(IV) Any information regarding an individual\'s medical history ... (V) An individual\'s health insurance policy number ... (VI) An individual\'s biometric data as defined in s. 501.702; or (VII) Any information regarding an individual\'s geolocation"; b. "A user name or e-mail address, in combination with a password or security question and answer that would permit access to an online account"',
  'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page250.html (GDPR and US States General Privacy Laws Deskbook reproducing SB 262 (2023) "Section 25. Paragraph (g) of subsection (1) of section 501.171, Florida Statutes, is amended to read", with (VI) biometric data and (VII) geolocation added)',
  'https://insider.govtech.com/florida/news/several-tech-related-bills-go-into-effect-july-1 (SB 262 in effect from July 1, 2024; secondary)',
  'GitHub AlexNetCC/USDataBreachApp, raw-laws/florida.md at commit 6c86623 (state-law table "verified_by: Foley & Lardner LLP": "legislation_bill_3_number: S.B. 262", signed 2023-06-06, "legislation_bill_3_effective_date: 2024-07-01"; secondary)',
];

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-fl and §8 item 5 (S: DWT; Snell & Wilmer)',
    'Secondary state table quoting § 501.171(3) "as expeditiously as practicable, but no later than 30 days after the determination of the breach" (public GitHub research file, read via find_string)',
    'http://www.jdsupra.com/legalnews/florida-information-protection-act-of-20-55168/ (Akerman: Department notice for 500 or more Florida residents within 30 days; secondary)',
    ...DEFINITION_SOURCES,
  ],
  unverified: `Subsections (3) to (6) were not read in the law's words: the only copies found (the official-page parse above, fl.elaws.us, the e-cigarette-forum paste) were stored or returned without them, and the copy at commit 9a5d65a is a paraphrase written by hand. Whether the 15-day extension covers the individual notice, the Department notice or both is unresolved (neither is extended here). The 2024-07-01 date of SB 262 is from a secondary source; the act's effective-date section was not read. ${SEVENTH_PASS_UNREAD}`,
};

const DATA_2014: StateVersion['applies']['data'] = {
  // § 501.171(1)(g) as enacted in 2014: name plus SSN, licence/ID/passport/military or other government ID,
  // account/card with code, medical and health-insurance information; credentials alone.
  withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH],
  standalone: ['credentials'],
};

/**
 * § 501.171(1)(g)1.a.(VI)-(VII) from SB 262: biometric data and "any information regarding an individual's
 * geolocation". Only precise geolocation is recorded in the facts; any recorded geolocation is read as within
 * "any information regarding" it (the broader reading).
 */
const DATA_SB_262: StateVersion['applies']['data'] = {
  withName: [...(DATA_2014.withName ?? []), 'biometric', 'precise_geolocation'],
  standalone: DATA_2014.standalone ?? [],
};

const APPLIES: StateVersion['applies'] = {
  data: DATA_2014,
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'after an appropriate investigation and consultation with law enforcement, the breach has resulted or will likely result in identity theft or other financial harm (Fla. Stat. § 501.171(4)(c)); a no-harm determination must be documented and sent to the Department within 30 days',
  ),
};

/**
 * § 501.171(4)(c) excuses only the notice to individuals, and so (5)'s bureau notice, which counts the individuals
 * to be notified. The Department notice of § 501.171(3) is owed for "any breach of security affecting 500 or more
 * individuals in this state" whatever the harm determination, so it does not carry the judgment.
 */
const DEPARTMENT_APPLIES: StateVersion['applies'] = {
  data: APPLIES.data,
  encryptionSafeHarbor: true,
  thresholds: residentsAtLeast(500),
};

/** The determination of § 501.171(4)(c) creates its own notice: the written determination, to the Department. */
const DETERMINATION_APPLIES: StateVersion['applies'] = {
  data: APPLIES.data,
  encryptionSafeHarbor: true,
  judgment: {
    key: 'riskOfHarm',
    when: false,
    words:
      'the organisation determines, after an appropriate investigation and consultation with law enforcement, that the breach has not and will not likely result in identity theft or other financial harm (Fla. Stat. § 501.171(4)(c))',
  },
};

const BUREAU_APPLIES: StateVersion['applies'] = { ...APPLIES, thresholds: residentsOver(1000) };

/**
 * Every Florida notice in two versions: the 2014 definition of personal information, and from SB 262 the one that
 * adds biometric data and geolocation. The version is picked by the trigger's date in Florida.
 */
function fipaVersions(
  citation: string,
  applies: StateVersion['applies'],
  rest: Pick<StateVersion, 'deadline' | 'notes'>,
): StateVersion[] {
  return [
    { inForceFrom: IN_FORCE, applies, ...rest },
    {
      inForceFrom: SB_262,
      citation: `${citation} (personal information as amended by SB 262, 2023: § 501.171(1)(g)1.a.(VI)-(VII))`,
      applies: { ...applies, data: DATA_SB_262 },
      ...rest,
    },
  ];
}

const DETERMINATION_VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-fl (S: DWT; Snell & Wilmer)',
    'Issue 13 (Fla. Stat. § 501.171(4)(c): the written no-harm determination goes to the Department within 30 days)',
    'https://www.scasecurity.com/florida-breach-notification-law/ ("the breach must still be documented in writing, and that documentation maintained for at least five years. Additionally, the Department of Legal Affairs must be notified in writing within 30 days once a determination has been made"; secondary)',
    'Public GitHub breach-law research file (find_string id 68970375145: "Florida (written determination to the department within 30 days, retained 5 years)"; secondary)',
    ...DEFINITION_SOURCES,
  ],
  unverified: `The words of § 501.171(4)(c) were not read (sixth pass: no stored copy holds subsection (4)); three secondary sources agree on the 30 days and the 5 years. ${SEVENTH_PASS_UNREAD}`,
};

const EXTENSION_NOTE =
  'A further 15 days may be granted for good cause if requested in writing within the 30 days (§ 501.171(3)(a), (4)(a)); not assumed here.';

export const FL_RULES: Rule[] = [
  stateRule('fl', 'individuals', {
    recipientName: 'each affected Florida resident',
    citation: 'Fla. Stat. § 501.171(4)(a)',
    versions: fipaVersions('Fla. Stat. § 501.171(4)(a)', APPLIES, {
      deadline: calendarDays(
        30,
        'discoveredAt',
        'as expeditiously as practicable, but no later than 30 days after the determination of a breach or reason to believe a breach occurred (counted from discovery: a discovered breach is reason to believe one occurred)',
      ),
      notes: [EXTENSION_NOTE],
    }),
    verification: VERIFICATION,
  }),
  stateRule('fl', 'regulator', {
    recipientName: 'Florida Department of Legal Affairs (Attorney General)',
    citation: 'Fla. Stat. § 501.171(3)(a)',
    versions: fipaVersions('Fla. Stat. § 501.171(3)(a)', DEPARTMENT_APPLIES, {
      deadline: calendarDays(
        30,
        'discoveredAt',
        'as expeditiously as practicable, but no later than 30 days after the determination of the breach or reason to believe a breach occurred (counted from discovery: a discovered breach is reason to believe one occurred)',
      ),
      notes: [EXTENSION_NOTE],
    }),
    verification: VERIFICATION,
  }),
  stateRule('fl', 'regulator', {
    suffix: 'no-harm-determination',
    recipientName: 'Florida Department of Legal Affairs (written no-harm determination)',
    citation: 'Fla. Stat. § 501.171(4)(c)',
    versions: fipaVersions('Fla. Stat. § 501.171(4)(c)', DETERMINATION_APPLIES, {
      deadline: calendarDays(
        30,
        'noHarmDeterminedAt',
        'the written determination, within 30 days after the determination',
      ),
      notes: ['The determination must also be kept for at least 5 years (§ 501.171(4)(c)).'],
    }),
    verification: DETERMINATION_VERIFICATION,
  }),
  stateRule('fl', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Fla. Stat. § 501.171(5)',
    versions: fipaVersions('Fla. Stat. § 501.171(5)', BUREAU_APPLIES, {
      deadline: noFixedPeriod('without unreasonable delay'),
    }),
    verification: VERIFICATION,
  }),
];
