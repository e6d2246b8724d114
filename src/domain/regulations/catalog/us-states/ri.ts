import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Rhode Island Identity Theft Protection Act of 2015, R.I. Gen. Laws § 11-49.3-4 (effective 2016-07-02). The 45
 * calendar days run from "confirmation of the breach and the ability to ascertain the information required to
 * fulfill the notice requirements": like Maine's awareness-and-scope clock, that is `scopeIdentifiedAt`, falling
 * back to discovery until recorded.
 */

const IN_FORCE = '2016-07-02';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ri (V: § 11-49.3-4 text; S: Snell & Wilmer; Lewis Brisbois)',
    'Secondary state table quoting § 11-49.3-4 "no later than forty-five (45) calendar days after confirmation of the breach" (public GitHub research file, read via find_string)',
  ],
  unverified: [
    'The "more than five hundred (500)" AG and credit-reporting-agency clause was read in the text only for state and municipal agencies ((a)(2)(i)); its counterpart in (a)(2)(ii) for persons was cut off in the copy read. In-force date from secondary sources.',
    SIXTH_PASS_UNREAD,
  ].join(' '),
};

const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    'R.I. Gen. Laws § 11-49.3-4, text at https://lawserver.com/law/state/rhode-island/ri-laws/rhode_island_general_laws_11-49-3-4: (a)(2)(ii) for persons other than agencies "no later than forty-five (45) calendar days after confirmation of the breach and the ability to ascertain the information required to fulfill the notice requirements contained in subsection (d)"',
    ...VERIFICATION.sources,
  ],
  unverified: 'The 2016-07-02 in-force date is from secondary sources.',
};

const APPLIES: StateVersion['applies'] = {
  // § 11-49.3-3(a)(8): name plus SSN, licence/state or tribal ID, account/card with code, medical or
  // health-insurance information, e-mail address with a code or password giving access to accounts.
  data: { withName: [...CORE_ELEMENTS, ...HEALTH, 'credentials'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach poses a significant risk of identity theft to Rhode Island residents (R.I. Gen. Laws § 11-49.3-4(a)(1))',
  ),
};

/**
 * The 2015 Act as enacted, read in a copy headed "[Effective July 2, 2016.]": (a)(2) names "the municipal agency, state
 * agency, or person" for the notice to the attorney general and the bureaus when more than 500 residents are notified.
 */
const ENACTED_2016_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://www.global-regulation.com/law/united-states/1004572/11-49.3-4notification-of-breach.-%25255beffective-july-2%25252c-2016.%25255d.-.html (§ 11-49.3-4 "[Effective July 2, 2016.]"): (a)(2) "In the event that more than five hundred (500) Rhode Island residents are to be notified, the municipal agency, state agency, or person shall notify the attorney general and the major credit reporting agencies as to the timing, content, and distribution of the notices and the approximate number of affected individuals. Notification to the attorney general and the major credit reporting agencies shall be made without delaying notice to affected Rhode Island residents."',
    ...VERIFICATION.sources,
  ],
  unverified:
    'Read in the text as enacted. The current text (lawserver.com copy) splits (a)(2) into (i) agencies and (ii) persons and was cut off in (ii) before any AG or bureau sentence for persons; the 2016 duty is kept for persons (the broader reading).',
};

const WITHOUT_DELAYING = noFixedPeriod(
  'as to timing, content and distribution of the notices; without delaying notice to residents',
  'scopeIdentifiedAt',
);

export const RI_RULES: Rule[] = [
  stateRule('ri', 'individuals', {
    recipientName: 'each affected Rhode Island resident',
    citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: calendarDays(
          45,
          'scopeIdentifiedAt',
          'in the most expedient time possible but no later than 45 calendar days after confirmation of the breach and the ability to ascertain the information required for the notice',
        ),
      },
    ],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('ri', 'regulator', {
    recipientName: 'Rhode Island Attorney General',
    citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)',
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(500) }, deadline: WITHOUT_DELAYING },
    ],
    verification: ENACTED_2016_VERIFICATION,
  }),
  stateRule('ri', 'credit_bureaus', {
    recipientName: 'the major credit reporting agencies',
    citation: 'R.I. Gen. Laws § 11-49.3-4(a)(2)',
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(500) }, deadline: WITHOUT_DELAYING },
    ],
    verification: ENACTED_2016_VERIFICATION,
  }),
];
