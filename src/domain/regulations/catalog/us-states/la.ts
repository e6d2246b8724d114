import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  EXPEDIENT,
  harmJudgment,
  noFixedPeriod,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { lawserverCopy, SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Louisiana Database Security Breach Notification Law, La. R.S. 51:3071–3077; Act 382 of 2018 (effective
 * 2018-08-01) set the 60-day limit from discovery. The AG notice is in the rule LAC 16:III.701: timely if
 * received within 10 days of distributing notice to residents; late notice costs up to $5,000 a day.
 */

const ACT_382 = '2018-08-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-la (V: ag.state.la.us quoting LAC 16:III.701; S: Klinedinst)',
    'Secondary state table quoting R.S. 51:3074(E) "not later than sixty days from the discovery of the breach" (public GitHub research file, read via find_string)',
  ],
  unverified: [
    'Statute and LAC text not read directly; Act 382 date and the 2006-01-01 original in-force date from memory.',
    SIXTH_PASS_UNREAD,
  ].join(' '),
};

export const LA_TEXT_SOURCE = lawserverCopy(
  'la',
  'La. R.S. 51:3071-3074 as amended by Acts 2018, No. 382',
  'https://www.legis.la.gov/legis/Law.aspx?d=322028',
);

/**
 * § 3074 read in the text: C. (owner to residents) and D. (maintainer to owner) are both timed by E. "in the most
 * expedient time possible and without unreasonable delay but not later than sixty days from the discovery of the
 * breach"; a delay for scope or restoration needs "the reasons for the delay in writing within the sixty day
 * notification period" to the AG (E.), and F. is the law-enforcement delay. The AG's own notice is in LAC
 * 16:III.701, not in the statute, and stays S.
 */
const READ_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${LA_TEXT_SOURCE}: § 3074(E) "The notification required pursuant to Subsections C and D of this Section shall be made in the most expedient time possible and without unreasonable delay but not later than sixty days from the discovery of the breach"; § 3073 history "Acts 2005, No. 499, §1, eff. Jan. 1, 2006; Acts 2018, No. 382, §1"`,
    ...VERIFICATION.sources,
  ],
  unverified:
    "Act 382's in-force date (2018-08-01, Louisiana's default for acts of a regular session) is not read in the act.",
};

const APPLIES: StateVersion['applies'] = {
  // R.S. 51:3073(4): name plus SSN, licence/state ID, account/card with code, passport, biometric data.
  data: { withName: [...CORE_ELEMENTS, 'passport', 'biometric'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'after a reasonable investigation, there is a reasonable likelihood of harm to Louisiana residents (La. R.S. 51:3074(I)); a no-harm determination must be written and kept for five years',
  ),
};

export const LA_RULES: Rule[] = [
  stateRule('la', 'individuals', {
    recipientName: 'each affected Louisiana resident',
    citation: 'La. R.S. 51:3074',
    versions: [
      { inForceFrom: '2006-01-01', applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) },
      {
        inForceFrom: ACT_382,
        citation: 'La. R.S. 51:3074(E) (Act 382 of 2018)',
        applies: APPLIES,
        deadline: calendarDays(
          60,
          'discoveredAt',
          `${EXPEDIENT}, but not later than 60 days from the discovery of the breach`,
        ),
        notes: [
          'A delay for scope determination or system restoration needs written notice of the reasons to the Attorney General within the 60 days (La. R.S. 51:3074(E)).',
        ],
      },
    ],
    verification: READ_VERIFICATION,
  }),
  stateRule('la', 'regulator', {
    recipientName:
      'Louisiana Attorney General, Consumer Protection Section (with the names of all Louisiana residents affected)',
    citation: 'LAC 16:III.701',
    versions: [
      {
        inForceFrom: '2006-01-01',
        applies: APPLIES,
        deadline: tiedToIndividualNotice(
          'la',
          'after',
          'received within 10 days of distribution of notice to Louisiana residents',
          {
            unit: 'calendar_days',
            n: 10,
          },
        ),
        notes: ['Up to $5,000 a day in fines for each day the AG notice is late (LAC 16:III.701).'],
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        'https://ag.state.la.us/Page/DataBreach (the Attorney General\'s page setting out LAC 16:III, Chapter 7, § 701): "A. When notice to Louisiana citizens is required pursuant to R.S. 51:3074, the person or agency shall provide written notice detailing the breach of the security of the system to the Consumer Protection Section of the Attorney General\'s Office. Notice shall include the names of all Louisiana citizens affected by the breach. B. Failure to provide timely notice may be punishable by a fine not to exceed $5,000 per violation. Notice to the attorney general shall be timely if received within 10 days of distribution of notice to Louisiana citizens. Each day notice is not received by the attorney general shall be deemed a separate violation."',
        ...VERIFICATION.sources,
      ],
      unverified:
        'Read as the Attorney General publishes it, not in the Louisiana Register; the date the rule took effect is not read (2006-01-01, the statute\'s, is shown). "Received within" is counted as 10 days after the residents\' notice is sent, so mail time must be allowed for.',
    },
  }),
];
