import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Montana, Mont. Code § 30-14-1704; HB 74 (effective 2015-10-01) added the AG copy, submitted simultaneously
 * with the notice to individuals (`concurrent`).
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-mt (V: dojmt.gov)',
    'https://dojmt.gov/office-of-consumer-protection/reporting-requirements-for-data-breaches (the Department of Justice\'s own summary: a business required to notify residents "is also required to simultaneously submit an electronic copy of the notice to the Office of Consumer Protection", with the date and method of distribution; not the statute\'s words)',
    'Secondary state table quoting § 30-14-1704 "without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: [
    'Statute text not read; in-force dates (2006-03-01 original, 2015-10-01 HB 74) from memory.',
    SIXTH_PASS_UNREAD,
    SEVENTH_PASS_UNREAD,
  ].join(' '),
};

const APPLIES: StateVersion['applies'] = {
  // § 30-14-1704(4)(b): name plus SSN, licence/state or tribal ID, account/card with code, medical record
  // information, taxpayer ID, IRS identity protection PIN.
  data: { withName: [...CORE_ELEMENTS, ...HEALTH, 'tax_id'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the unauthorised acquisition causes or is reasonably believed to cause loss or injury to a Montana resident (Mont. Code § 30-14-1704(4)(a))',
  ),
};

export const MT_RULES: Rule[] = [
  stateRule('mt', 'individuals', {
    recipientName: 'each affected Montana resident',
    citation: 'Mont. Code § 30-14-1704(1)',
    versions: [{ inForceFrom: '2006-03-01', applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('mt', 'regulator', {
    recipientName:
      "Montana Attorney General's Office of Consumer Protection (electronic copy of the notice and statement of date and method of distribution)",
    citation: 'Mont. Code § 30-14-1704(8)',
    versions: [
      {
        inForceFrom: '2015-10-01',
        applies: APPLIES,
        deadline: tiedToIndividualNotice('mt', 'concurrent', 'simultaneously with the notice to affected individuals'),
      },
    ],
    verification: VERIFICATION,
  }),
];
