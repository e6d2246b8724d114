import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  EXPEDIENT,
  HEALTH,
  hhsNoticeCopies,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { lawserverCopy } from './statute-copies';

/**
 * New York, Gen. Bus. Law § 899-aa. The SHIELD Act (L. 2019, ch. 117, S5575B; breach provisions effective
 * 2019-10-23) added the one excuse from notice, a narrow inadvertent-disclosure-by-authorised-persons
 * determination (§ 899-aa(2)(a)), which must go to the AG within 10 days when over 500 New Yorkers are affected;
 * a general harm judgment does not excuse anything. S2659B ("This act shall take effect immediately"; signed
 * 2024-12-21) amended only the opening paragraph of subdivision 2 (30 days after discovery, keeping only the
 * law-enforcement delay), subdivision 3 (the maintainer: "immediately, provided that such notification shall be made
 * within thirty days following discovery") and 8(a) (DFS added); S2376B/A4737B (in force on "the ninetieth day
 * after it shall have become a law", 2025-03-21) added medical and health-insurance information to 1(b).
 * S804 of 2025 (signed 2025-02-14, in force with S2659B) narrowed the DFS notice of 8(a) to 23 NYCRR 500.1 covered
 * entities, made "in compliance with" 500.17: that is the nydfs obligation, so 8(a) names the other three here.
 */

const SHIELD = '2019-10-23';
const S2659B = '2024-12-21';
const S2376B = '2025-03-21';

/**
 * The bills as passed, read in the Senate's own text (the repository stores each bill as fetched from the NYS Senate
 * Open Legislation API). Capitals are the inserted words, brackets the deleted ones.
 */
const BILLS_REPO = 'GitHub ryantd42/NY-Legislative-Git at commit 7e10227 (bill text from legislation.nysenate.gov)';
export const S2659B_TEXT_SOURCE = `${BILLS_REPO}, 2024/S2659B.md (S2659B of 2023-2024, "Signed by Governor")`;
const A4737B_TEXT_SOURCE = `${BILLS_REPO}, 2024/A4737B.md (A4737B, same as S2376B, "Signed by Governor")`;

/** The S804 (2025) chapter amendment was read only in summaries. */
const S804_SUMMARIES = [
  'https://www.billtrack50.com/billdetail/1767301 (A913 of 2025, companion of S804 "passed 2025-02-14": notice to DFS "only required for covered entities as defined in ... 23 NYCRR 500.1", "in strict compliance with 23 NYCRR 500.17", without delaying the residents\' notice; takes effect with the 2024 chapter)',
  'https://docmagic.com/node/15518 (SB 804 signed 2025-02-14, "retroactively effective to December 21, 2024")',
  'https://infobytes.orrick.com/2025-02-21/new-york-state-amends-law-on-data-breach-notifications (SB 804: DFS notice only for 500.1 covered entities, in compliance with 500.17)',
];

/**
 * The SHIELD Act text of § 899-aa (2019-10-23 to 2024-12-20), read in a code copy. S2659B and S2376B changed the
 * opening paragraph of subdivision 2, subdivision 3, 8(a) and 1(b) (their own texts read); 2(a), 2(b), 8(b) and 9
 * are read here and were left as they were.
 */
export const NY_SHIELD_TEXT_SOURCE = lawserverCopy(
  'ny',
  'N.Y. Gen. Bus. Law § 899-aa as amended by the SHIELD Act (L. 2019, ch. 117), before S2659B',
  'https://www.nysenate.gov/legislation/laws/GBS/899-AA',
);
const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${S2659B_TEXT_SOURCE}: § 1 amends "The opening paragraph of subdivision 2 and subdivision 3 of section 899-aa": "The disclosure shall be made in the most expedient time possible and without unreasonable delay, [consistent with] PROVIDED THAT SUCH NOTIFICATION SHALL BE MADE WITHIN THIRTY DAYS AFTER THE BREACH HAS BEEN DISCOVERED, EXCEPT FOR the legitimate needs of law enforcement, as provided in subdivision four of this section[, or any measures necessary to determine the scope of the breach and restore the integrity of the system]"; § 2 amends 8(a): "the state attorney general, the department of state [and], the division of state police, AND THE DEPARTMENT OF FINANCIAL SERVICES as to the timing, content and distribution of the notices"; § 3 "This act shall take effect immediately."`,
    `${A4737B_TEXT_SOURCE}: § 5 adds to § 899-aa(1)(b)(i) "(6) MEDICAL INFORMATION; OR (7) HEALTH INSURANCE INFORMATION"; § 7 "This act shall take effect on the ninetieth day after it shall have become a law"`,
    `${NY_SHIELD_TEXT_SOURCE}: 8(b) "more than five thousand New York residents are to be notified at one time", 2(b) and the rest of the section, which the 2024 bills leave as they were`,
    'https://www.shrm.org/topics-tools/employment-law-compliance/new-york-state-enacts-immediate-update-to-breach-notification (S2659B "effective immediately upon its signature on Dec. 21, 2024")',
    'https://alstonprivacy.com/new-york-amends-data-breach-notification-law-with-immediate-implications (both bills signed in late December 2024; new elements from March 21, 2025)',
    ...S804_SUMMARIES,
    'shared/research/breach-deadlines.md §5 us-ny (V: NY DOS page for CRA > 5,000)',
  ],
  unverified:
    "The signing date 2024-12-21 is from secondary sources (Mondaq gives March 25, 2025 for the new elements; the earlier March 21, 90 days after 21 December, is kept). The S804 (2025) text was not read, only summaries of it. The 2005-12-07 original date is from the Ansvar copy's metadata.",
};

/**
 * § 899-aa(2)(b): notice to affected persons under GLBA regulations, HIPAA/HITECH, 23 NYCRR 500 or another
 * regulator's rules means "nothing in this section shall require any additional notice to those affected persons,
 * but notice still shall be provided" under 8(a) and 8(b). Whether that notice was given is not recorded, so the
 * residents' notice stays listed (conservative) with the exemption said.
 */
const FEDERAL_NOTICE_NOTE =
  "If the residents were already notified under GLBA regulations, HIPAA/HITECH, 23 NYCRR 500 or another regulator's breach rules, no additional notice to them is required; the AG, Department of State, State Police and consumer reporting agency notices are still owed (N.Y. Gen. Bus. Law § 899-aa(2)(b)).";

const BASE_DATA: StateVersion['applies']['data'] = {
  // § 899-aa(1)(b): name plus SSN, licence/non-driver ID, account/card number with code (or without one where
  // usable), biometric data; credentials alone (SHIELD Act, 2019).
  withName: [...CORE_ELEMENTS, 'biometric'],
  standalone: ['credentials'],
};
/**
 * § 899-aa(2)(a): "Notice to affected persons under this section is not required if the exposure of private
 * information was an inadvertent disclosure by persons authorized to access private information, and the person or
 * business reasonably determines such exposure will not likely result in misuse". The AG, DOS and State Police
 * notice (8)(a) and the bureaus' (8)(b) are owed when New York residents "are to be notified", so they fall with it.
 */
const INADVERTENT: NonNullable<StateVersion['applies']['judgment']> = {
  key: 'inadvertentDisclosureNoHarm',
  when: false,
  words:
    'the exposure is not an inadvertent disclosure by persons authorised to access the information that the organisation has determined will not likely result in misuse or harm (N.Y. Gen. Bus. Law § 899-aa(2)(a))',
};
const PRE_SHIELD: StateVersion['applies'] = { data: BASE_DATA, encryptionSafeHarbor: true };
const APPLIES: StateVersion['applies'] = { data: BASE_DATA, encryptionSafeHarbor: true, judgment: INADVERTENT };
const APPLIES_WITH_HEALTH: StateVersion['applies'] = {
  data: { ...BASE_DATA, withName: [...(BASE_DATA.withName ?? []), ...HEALTH] },
  encryptionSafeHarbor: true,
  judgment: INADVERTENT,
};

const AMENDMENTS_NOT_READ =
  'Read in the SHIELD Act version; the 2024 bills were read (S2659B amends only the opening paragraph of subdivision 2, subdivision 3 and 8(a); S2376B/A4737B only 1(b)), so the words read are current. The S804 (2025) text was read only in summaries, which describe a change to 8(a) alone. The 2019-10-23 date is from memory (90 days after signing on 2019-07-25).';

const DETERMINATION_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${NY_SHIELD_TEXT_SOURCE}: § 899-aa(2)(a) "Such a determination must be documented in writing and maintained for at least five years. If the incident affects over five hundred residents of New York, the person or business shall provide the written determination to the state attorney general within ten days after the determination."`,
    'https://proteuscyber.com/privacy-database/tag/ny-shield/days (text of § 899-aa(2)(a): "If the incident affects over five hundred residents of New York, the person or business shall provide the written determination to the state attorney general within ten days after the determination"; and of § 899-aa(9))',
    'https://nyassembly.gov/leg/?default_fld=&Text=Y&term=2019&bn=S5575 (SHIELD Act, S5575B of 2019)',
  ],
  unverified: AMENDMENTS_NOT_READ,
};

/**
 * § 899-aa(9) (SHIELD Act, from 2019-10-23): "Any covered entity required to provide notification of a breach,
 * including breach of information that is not 'private information' ..., to the secretary of health and human
 * services pursuant to [HIPAA or HITECH] shall provide such notification to the state attorney general within five
 * business days of notifying the secretary." Both HHS notices count: the one for 500 or more, and the annual log.
 * Counted on New York's holidays (Gen. Constr. Law § 24), due by 17:00 in New York (the statute names no hour).
 */
const HHS_COPY_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${NY_SHIELD_TEXT_SOURCE}: § 899-aa(9) "Any covered entity required to provide notification of a breach ... to the secretary of health and human services pursuant to the Health Insurance Portability and Accountability Act of 1996 or the Health Information Technology for Economic and Clinical Health Act ... shall provide such notification to the state attorney general within five business days of notifying the secretary."`,
    'https://proteuscyber.com/privacy-database/tag/ny-shield/days (text of § 899-aa(9), reproduced)',
    'shared/research/breach-deadlines.md §5 us-ny ("HIPAA CEs that notify HHS must also notify AG [S]")',
  ],
  unverified: AMENDMENTS_NOT_READ,
};
const FIVE_NY_BUSINESS_DAYS = {
  unit: 'business_days',
  n: 5,
  calendar: 'us-ny',
  timeZone: 'America/New_York',
  dueLocalTime: '17:00',
} as const;

const HHS_COPIES: Rule[] = hhsNoticeCopies('ny', {
  attorneyGeneral: 'New York Attorney General',
  citation: 'N.Y. Gen. Bus. Law § 899-aa(9)',
  inForceFrom: SHIELD,
  period: FIVE_NY_BUSINESS_DAYS,
  within: 'within five business days',
  verification: HHS_COPY_VERIFICATION,
});

// § 899-aa(8)(a) as amended by S2659B and narrowed by S804 (2025): the DFS notice is owed by 23 NYCRR 500.1 covered
// entities, in compliance with 500.17, i.e. the nydfs obligation (72 hours), not a separate notice here.
// A breach New York residents must be told of needs notice to a government body (the AG under 8(a)), which is one
// of the marks of a reportable cybersecurity incident under 500.17(a): the note says so, so the 72 hours are not
// missed by answering the nydfs judgment "no".
const DFS_NOTE =
  'A 23 NYCRR 500.1 covered entity also notifies the Department of Financial Services, in compliance with 23 NYCRR 500.17 (see the nydfs obligation; a breach that must be reported to the Attorney General is one that requires notice to a government body, so answer its judgment yes) (N.Y. Gen. Bus. Law § 899-aa(8)(a), as amended in 2024 and 2025).';

const THIRTY_DAYS = calendarDays(
  30,
  'discoveredAt',
  `${EXPEDIENT}, provided that notification is made within 30 days after the breach has been discovered`,
);

export const NY_RULES: Rule[] = [
  stateRule('ny', 'individuals', {
    recipientName: 'each affected New York resident',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(2)',
    versions: [
      { inForceFrom: '2005-12-07', applies: PRE_SHIELD, deadline: noFixedPeriod(EXPEDIENT) },
      {
        inForceFrom: SHIELD,
        citation: 'N.Y. Gen. Bus. Law § 899-aa(2) (L. 2019, ch. 117, SHIELD Act)',
        applies: APPLIES,
        deadline: noFixedPeriod(EXPEDIENT),
      },
      {
        inForceFrom: S2659B,
        citation: 'N.Y. Gen. Bus. Law § 899-aa(2) (L. 2024, S2659B)',
        applies: APPLIES,
        deadline: THIRTY_DAYS,
      },
      {
        inForceFrom: S2376B,
        citation: 'N.Y. Gen. Bus. Law § 899-aa(2) (L. 2025, S2376B)',
        applies: APPLIES_WITH_HEALTH,
        deadline: THIRTY_DAYS,
      },
    ],
    notes: [FEDERAL_NOTICE_NOTE],
    verification: VERIFICATION,
  }),
  stateRule('ny', 'regulator', {
    recipientName: 'New York Attorney General, Department of State and Division of State Police',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(a)',
    versions: [
      {
        inForceFrom: '2005-12-07',
        applies: PRE_SHIELD,
        deadline: noFixedPeriod(
          'as to the timing, content and distribution of the notices and approximate number of affected persons; no separate period',
        ),
      },
      {
        inForceFrom: SHIELD,
        applies: APPLIES,
        deadline: noFixedPeriod(
          'as to the timing, content and distribution of the notices and approximate number of affected persons; no separate period',
        ),
      },
      // S2659B § 2 added the Department of Financial Services from 2024-12-21; S804 (2025) limits it to covered
      // entities under 500.17 (DFS_NOTE).
      {
        inForceFrom: S2659B,
        applies: APPLIES,
        deadline: noFixedPeriod(
          'as to the timing, content and distribution of the notices and approximate number of affected persons; no separate period',
        ),
        notes: [DFS_NOTE],
      },
      {
        inForceFrom: S2376B,
        applies: APPLIES_WITH_HEALTH,
        deadline: noFixedPeriod(
          'as to the timing, content and distribution of the notices and approximate number of affected persons; no separate period',
        ),
        notes: [DFS_NOTE],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ny', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(b)',
    versions: [
      {
        inForceFrom: '2005-12-07',
        applies: { ...PRE_SHIELD, thresholds: residentsOver(5000) },
        deadline: noFixedPeriod(
          'as to the timing, content and distribution of the notices and approximate number of affected persons',
        ),
      },
      {
        inForceFrom: SHIELD,
        applies: { ...APPLIES, thresholds: residentsOver(5000) },
        deadline: noFixedPeriod(
          'as to the timing, content and distribution of the notices and approximate number of affected persons',
        ),
      },
      {
        inForceFrom: S2376B,
        applies: { ...APPLIES_WITH_HEALTH, thresholds: residentsOver(5000) },
        deadline: noFixedPeriod(
          'as to the timing, content and distribution of the notices and approximate number of affected persons',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ny', 'regulator', {
    suffix: 'no-harm-determination',
    recipientName: 'New York Attorney General (written determination of an inadvertent disclosure)',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(2)(a)',
    versions: [
      {
        inForceFrom: SHIELD,
        applies: {
          data: BASE_DATA,
          encryptionSafeHarbor: true,
          thresholds: residentsOver(500),
          judgment: {
            key: 'inadvertentDisclosureNoHarm',
            words:
              'the organisation relies on its written determination that an inadvertent disclosure by authorised persons will not likely result in misuse or harm (§ 899-aa(2)(a))',
          },
        },
        deadline: calendarDays(
          10,
          'noHarmDeterminedAt',
          'the written determination, within ten days after the determination',
        ),
        notes: ['Keep the determination for at least five years (§ 899-aa(2)(a)).'],
      },
    ],
    verification: DETERMINATION_VERIFICATION,
  }),
  ...HHS_COPIES,
];
