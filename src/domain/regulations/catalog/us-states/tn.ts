import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  glbaExemptionNote,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

// Tenn. Code § 47-18-2107: GLBA entities following its procedures are exempt (secondary): kept, with a note.
const GLBA_NOTE = glbaExemptionNote(
  'Tennessee exempts a financial institution subject to the Gramm-Leach-Bliley Act that complies with its notification procedures.',
  'https://www.recordinglaw.com/us-laws/data-privacy-laws/tennessee-data-privacy-laws/data-breach-notification: "as long as they comply with the applicable federal notification procedures"; the statute was not read',
);

/**
 * Tennessee, Tenn. Code § 47-18-2107. 2016 Tenn. Pub. Acts ch. 692 (effective 2016-07-01) set "immediately, but
 * no later than 45 days from the discovery or notification". The statute has no express no-harm exception (a
 * breach is an acquisition that "materially compromises" security), so no judgment is attached.
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-tn (S: DWT; tncyberlaw; csrps)',
    'Secondary state table quoting § 47-18-2107 "no later than forty-five (45) days from the discovery or notification of the breach" (public GitHub research file, read via find_string)',
  ],
  unverified: [
    'Statute text not read; the 2016-07-01 date of the 45-day rule is from memory. The 2016 act briefly removed the encryption safe harbor (restored 2017); not modelled.',
    SIXTH_PASS_UNREAD,
    SEVENTH_PASS_UNREAD,
  ].join(' '),
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
};

export const TN_RULES: Rule[] = [
  stateRule('tn', 'individuals', {
    notes: [GLBA_NOTE],
    recipientName: 'each affected Tennessee resident',
    citation: 'Tenn. Code § 47-18-2107(b)',
    versions: [
      {
        inForceFrom: '2005-07-01',
        applies: APPLIES,
        deadline: noFixedPeriod('in the most expedient time possible and without unreasonable delay'),
      },
      {
        inForceFrom: '2016-07-01',
        applies: APPLIES,
        deadline: calendarDays(
          45,
          'discoveredAt',
          'immediately, but no later than 45 days from the discovery or notification of the breach',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('tn', 'credit_bureaus', {
    notes: [GLBA_NOTE],
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Tenn. Code § 47-18-2107(g)',
    versions: [
      {
        inForceFrom: '2005-07-01',
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
