import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, noFixedPeriod, residentsOver, type StateVersion, stateRule } from './state-rule';
import { SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Georgia, O.C.G.A. §§ 10-1-910 to -912. The duty binds only "information brokers" and "data collectors" (state
 * and local agencies), so it is listed on that condition rather than dropped: most businesses are outside it,
 * but a data broker must not miss it. No harm threshold.
 */

const IN_FORCE = '2005-05-05';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ga (V: § 10-1-912 text, 2016)',
    'Justia 2016 / laws9 2010 copies of § 10-1-912(d), cut off after the threshold: "more than 10,000 residents of this state at one time"',
  ],
  unverified: [
    'The bureau clause of (d) after its threshold (recipients and timing) was not read in the text; in-force date from memory.',
    SIXTH_PASS_UNREAD,
  ].join(' '),
};

/**
 * § 10-1-912 read in two copies of the text (2010 and 2016). (d), the bureaus, is cut off in both stored pages after
 * "more than 10,000 residents of this state at one time, the information broker or data collector shall", so the
 * bureau notice stays S with its threshold confirmed.
 */
export const GA_TEXT_SOURCE =
  'https://law.justia.com/codes/georgia/2016/title-10/chapter-1/article-34/section-10-1-912 (2016 Georgia Code § 10-1-912); http://www.laws9.com/statutes/georgia/title-10/chapter-1/article-34/10-1-912 (same text, "O.C.G.A. 10-1-912 (2010)")';
const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    `${GA_TEXT_SOURCE}: (a) "Any information broker or data collector that maintains computerized data that includes personal information of individuals shall give notice of any breach of the security of the system following discovery or notification of the breach ... The notice shall be made in the most expedient time possible and without unreasonable delay"`,
    ...VERIFICATION.sources,
  ],
  unverified:
    'The 2005-05-05 in-force date (S.B. 230) is from the Perkins Coie chart; no amendment after 2016 was looked for.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 10-1-911(6): name plus SSN, licence/ID, account/card number with or without code if usable, account
    // passwords/PINs; any of them without a name if enough for identity theft (read here as standalone).
    withName: [...CORE_ELEMENTS, 'financial_account', 'credentials'],
    standalone: [...CORE_ELEMENTS, 'financial_account', 'credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: {
    key: 'informationBroker',
    words:
      'the organisation is an information broker (collects and sells personal information to non-affiliated third parties, O.C.G.A. § 10-1-911(3)) or a state or local data collector',
  },
};

export const GA_RULES: Rule[] = [
  stateRule('ga', 'individuals', {
    recipientName: 'each affected Georgia resident',
    citation: 'O.C.G.A. § 10-1-912(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('ga', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'O.C.G.A. § 10-1-912(d)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(10000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        `${GA_TEXT_SOURCE}: (d) "In the event that an information broker or data collector discovers circumstances requiring notification pursuant to this Code section of more than 10,000 residents of this state at one time, the information broker or data collector shall" (both copies stop there)`,
        'OpenAgreements practice guide "Georgia Consumer Privacy Law" (https://openagreements.org/practice-guides/privacy/us/georgia, snapshot 2026-07-20, read in a public GitHub copy), footnote q4-cra quoting § 10-1-912(d) from Lexis Advance: "... the information broker or data collector shall also notify, without unreasonable delay, all consumer reporting agencies that compile and maintain files on consumers on a nation-wide basis"',
        ...VERIFICATION.sources,
      ],
      unverified:
        'The words after "shall" are read only in the practice guide\'s quotation of the current text; the 2005-05-05 in-force date is from the Perkins Coie chart.',
    },
  }),
];
