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
  unverified:
    'Statute and LAC text not read directly; Act 382 date and the 2006-01-01 original in-force date from memory.',
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
          'A delay for scope determination or system restoration needs written notice of the reasons to the Attorney General within the 60 days (La. R.S. 51:3074(F)).',
        ],
      },
    ],
    verification: VERIFICATION,
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
    verification: VERIFICATION,
  }),
];
