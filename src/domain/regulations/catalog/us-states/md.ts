import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { lawserverCopy, SEVENTH_PASS_UNREAD } from './statute-copies';

/**
 * Maryland Personal Information Protection Act, Md. Code, Com. Law § 14-3504. HB 974 (2017, ch. 518, effective
 * 2018-01-01) set 45 days after the business concludes its investigation; HB 1154 (2019) extended the
 * investigation duty to businesses that maintain data and left the timing alone; HB 962 (2022, effective
 * 2022-10-01) made it 45 days after the business discovers or is notified of the breach. The incident records no
 * "investigation concluded" instant, so the 2019–2022 version counts from discovery too: never later than the
 * end of the investigation, so never late. (Counting it from `determinedAt` instead would also leave a breach
 * discovered before 2022-10-01 but determined after it under neither version.)
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-md (V: § 14-3504 text) and §8 item 1 (Klinedinst still shows the pre-2022 rule)',
    'Secondary state table quoting § 14-3504 "as soon as reasonably practicable, but not later than 45 days after the business discovers or is notified of the breach" (public GitHub research file, read via find_string)',
  ],
  unverified: `The CRA threshold (§ 14-3506, read as "1,000 or more") was not read in the statute text (sixth pass: the lawserver copy of §§ 14-3501 to 14-3504 does not hold § 14-3506; § 14-3504(h) is the AG notice, not the bureaus); the Foley chart (github:AlexNetCC/USDataBreachApp raw-laws/maryland.md, 2025: "If Entity required to notify 1,000 or more individuals", "Without unreasonable delay") and shredinstead.com ("1,000 or more individuals") agree with it. The 2018-01-01 and 2022-10-01 dates (HB 974 of 2017, HB 962) are from secondary sources. ${SEVENTH_PASS_UNREAD}`,
};

/** The individual notice: § 14-3504(b) read in the current text. */
const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    'Md. Code, Com. Law § 14-3504, current text at https://lexace.ai/us/statute/maryland/CL-14-3504: (b)(1) "when it discovers or is notified that it incurred a breach ... shall conduct in good faith a reasonable and prompt investigation"; (b)(3) "as soon as reasonably practicable, but not later than 45 days after the business discovers or is notified of the breach of the security of a system"',
    ...VERIFICATION.sources,
  ],
  unverified:
    'Only the current § 14-3504(b) was read; the earlier versions (2008-01-01; 2018-01-01 "after the business concludes its investigation") and their dates (HB 974 of 2017, HB 962) are from secondary sources (Perkins Coie chart: "H.B. 974 (signed into law May 4, 2017) Effective January 1, 2018"; Hunton on HB 1154 of 2019: timing unchanged); the § 14-3501 element list was not re-read.',
};

export const MD_TEXT_SOURCE = lawserverCopy(
  'md',
  'Md. Code, Com. Law §§ 14-3501 to 14-3504 as amended by HB 962 (2022)',
  'https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-3504',
);

/** The AG notice, § 14-3504(h), read in the current text; § 14-3506 (the bureaus) is not in the copy. */
const VERIFIED_AG: Verification = {
  confidence: 'V',
  sources: [
    `${MD_TEXT_SOURCE}: (h)(1) "Prior to giving the notification required under subsection (b) of this section and subject to subsection (d) of this section, a business shall provide notice of a breach of the security of a system to the Office of the Attorney General"`,
    ...VERIFICATION.sources,
  ],
  unverified: 'The in-force date of (h) (2008-01-01) is from secondary sources.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 14-3501(e): name plus SSN/TIN/passport/other federal ID, licence/state ID, account/card with code,
    // health information, health-insurance information, biometric data, genetic information (2022); credentials
    // alone; account/card with code alone.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric', 'genetic'],
    standalone: ['credentials', 'financial_account_with_access_code'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the investigation determines that the breach creates a likelihood that personal information has been or will be misused (Md. Code, Com. Law § 14-3504(b)(2))',
  ),
};

export const MD_RULES: Rule[] = [
  stateRule('md', 'individuals', {
    recipientName: 'each affected Maryland resident',
    citation: 'Md. Code, Com. Law § 14-3504(b)',
    versions: [
      {
        inForceFrom: '2008-01-01',
        applies: APPLIES,
        deadline: noFixedPeriod('as soon as reasonably practicable after the investigation'),
      },
      {
        inForceFrom: '2018-01-01',
        citation: 'Md. Code, Com. Law § 14-3504(b)(3) (HB 974, 2017)',
        applies: APPLIES,
        deadline: calendarDays(
          45,
          'discoveredAt',
          'as soon as reasonably practicable, but not later than 45 days after the business concludes its investigation (counted here from discovery, which is never later)',
        ),
      },
      {
        inForceFrom: '2022-10-01',
        citation: 'Md. Code, Com. Law § 14-3504(b)(3) (HB 962, 2022)',
        applies: APPLIES,
        deadline: calendarDays(
          45,
          'discoveredAt',
          'as soon as reasonably practicable, but not later than 45 days after the business discovers or is notified of the breach',
        ),
      },
    ],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('md', 'regulator', {
    recipientName: 'Maryland Attorney General',
    citation: 'Md. Code, Com. Law § 14-3504(h)',
    versions: [
      {
        inForceFrom: '2008-01-01',
        applies: APPLIES,
        deadline: tiedToIndividualNotice('md', 'before', 'prior to giving the notification to individuals'),
      },
    ],
    verification: VERIFIED_AG,
  }),
  stateRule('md', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Md. Code, Com. Law § 14-3506',
    versions: [
      {
        inForceFrom: '2008-01-01',
        applies: { ...APPLIES, thresholds: residentsAtLeast(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
