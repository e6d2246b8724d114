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
 * a general harm judgment does not excuse anything. S2659B (signed and effective 2024-12-21) capped notice at 30
 * days after discovery, keeping only the law-enforcement delay; S2376B (effective 2025-03-21) added medical and
 * health-insurance information.
 */

const SHIELD = '2019-10-23';
const S2659B = '2024-12-21';
const S2376B = '2025-03-21';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://www.shrm.org/topics-tools/employment-law-compliance/new-york-state-enacts-immediate-update-to-breach-notification (S2659B quoted: "within thirty days after the breach has been discovered"; effective 2024-12-21)',
    'https://www.covingtonblogs.com/2025/01/07/new-york-adopts-amendment-to-the-state-data-breach-notification-law/ (30 days; DFS added as a recipient)',
    'https://www.workplaceprivacyreport.com/2025/01/articles/data-breach-notification/new-york-enacts-immediate-updates-to-breach-notification-law/',
    'https://www.billtrack50.com/billdetail/1767301 (A913 of 2025, the chapter amendment whose companion passed 2025-02-14, summarised: the notice to DFS is owed only by "covered entities" under 23 NYCRR 500.1 and is made in compliance with 500.17; it may not delay the residents\' notice. Consistent with `DFS_NOTE`, which sends DFS-covered entities to the nydfs obligation)',
    'https://legiscan.com/NY/text/S02659/2023 (S2659B as passed: section 1 amends "the opening paragraph of subdivision 2 and subdivision 3 of section 899-aa"; the amended words were past the part read)',
    'shared/research/breach-deadlines.md §5 us-ny (V: NY DOS page for CRA > 5,000) and §5.2 (S2376B 2025-03-21; SB 804)',
    'N.Y. Gen. Bus. Law § 899-aa(1)(b), current text at https://lexace.ai/us/statute/new-york/gbs-899-AA: private information includes "(6) medical information" and "(7) health insurance information" (the S2376B elements), besides SSN, licence/non-driver ID, account/card with code or usable without one, and biometric information',
  ],
  unverified:
    'The current text of § 899-aa(2) (30 days) and (8) (AG, DOS, State Police; CRAs over 5,000) was not read in a code mirror this pass (only law-firm quotations of S2659B); the 2025-03-21 date and the 2005-12-07 original date are from secondary sources or memory.',
};

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

/**
 * The SHIELD Act text of § 899-aa (2019-10-23 to 2024-12-20), read in a code copy. S2659B and S2376B changed the
 * period of subdivision 2, the recipients of 8(a) and the elements of 1(b); 2(a), 3 and 9 are read here in the
 * version they amended, and the law-firm summaries of those amendments describe no change to them.
 */
export const NY_SHIELD_TEXT_SOURCE = lawserverCopy(
  'ny',
  'N.Y. Gen. Bus. Law § 899-aa as amended by the SHIELD Act (L. 2019, ch. 117), before S2659B',
  'https://www.nysenate.gov/legislation/laws/GBS/899-AA',
);
const AMENDMENTS_NOT_READ =
  'Read in the SHIELD Act version; the 2024 and 2025 amendments (S2659B, S2376B) were not read in a code copy (law-firm summaries describe changes to the 30 days, the 8(a) recipients and the elements only). The 2019-10-23 date is from memory (90 days after signing on 2019-07-25).';

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

const DFS_NOTE =
  'DFS-covered entities also notify the Department of Financial Services (see the nydfs obligation, 23 NYCRR 500.17).';

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
      // S2659B added the Department of Financial Services to the recipients (Covington, 2025-01-07); whether
      // from 2024-12-21 or only with S2376B is unverified, so the earlier date is used (conservative).
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
