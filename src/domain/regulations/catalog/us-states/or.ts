import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Oregon Consumer Information Protection Act, ORS §§ 646A.600–.628. SB 1551 (effective 2018-06-02) set the
 * 45-day limit "after discovering or receiving notification of the breach" (§ 646A.604(3)); it governs giving
 * "notice of a breach of security", which includes the AG notice of § 646A.604(1)(b), so the AG notice is given
 * the same 45 days (the research notes flag this as an interpretation; it is the conservative one).
 */

const SB_1551 = '2018-06-02';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-or (V: § 646A.604 text; S: csrps for CRA)',
    'Secondary state table quoting ORS 646A.604 "as soon as is practicable but not later than 45 days" after discovery (public GitHub research file, read via find_string)',
  ],
  unverified: [
    'CRA notice (more than 1,000, ORS 646A.604(6)) not read in the statute text this pass; SB 1551 date and the 2007-10-01 original date from memory.',
    SIXTH_PASS_UNREAD,
    SEVENTH_PASS_UNREAD,
  ].join(' '),
};

const VERIFIED_TEXT: Verification = {
  confidence: 'V',
  sources: [
    'ORS 646A.604 (2021 ORS), text at http://www.oregonlaws.org/ors/646A.604 and https://instalawyer.io/laws/2021-oregon-revised-statutes/section-646a604-notice-of: (1) notice to "(a) The consumer" and "(b) The Attorney General ... if the number of consumers ... exceeds 250"; (3)(a) "in the most expeditious manner possible, without unreasonable delay, but not later than 45 days after discovering or receiving notification of the breach of security"',
    'ORS 646A.604 (2015), text at https://law.justia.com/codes/oregon/2015/volume-14/chapter-646a/section-646a.604/ (no fixed period; AG "exceeds 250", "in the manner described in paragraph (a)")',
    ...VERIFICATION.sources,
  ],
  unverified:
    'The in-force dates (2007-10-01; AG notice 2015-06-10; SB 1551 45-day limit) are from memory; the harm exception and the element list were not re-read.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 646A.602(12): name plus SSN, licence/ID, passport or other US-issued ID, account/card with code,
    // biometric data, health-insurance and medical information; credentials alone; any element without a name
    // if enough for identity theft (read here as standalone).
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric'],
    standalone: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric', 'credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'after an appropriate investigation or consultation with law enforcement, there is a reasonable likelihood of harm to the consumers (ORS § 646A.604(8)); a no-harm determination must be documented and kept for five years',
  ),
};

const FORTY_FIVE_DAYS = calendarDays(
  45,
  'discoveredAt',
  'in the most expeditious manner possible, without unreasonable delay, but not later than 45 days after discovering or receiving notification of the breach',
);
const BEFORE = noFixedPeriod('in the most expeditious manner possible, without unreasonable delay');

export const OR_RULES: Rule[] = [
  stateRule('or', 'individuals', {
    recipientName: 'each affected Oregon consumer',
    citation: 'ORS § 646A.604(1)(a), (3)',
    versions: [
      { inForceFrom: '2007-10-01', applies: APPLIES, deadline: BEFORE },
      { inForceFrom: SB_1551, applies: APPLIES, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFIED_TEXT,
  }),
  stateRule('or', 'regulator', {
    recipientName: 'Oregon Attorney General',
    citation: 'ORS § 646A.604(1)(b), (3)',
    versions: [
      { inForceFrom: '2015-06-10', applies: { ...APPLIES, thresholds: residentsOver(250) }, deadline: BEFORE },
      { inForceFrom: SB_1551, applies: { ...APPLIES, thresholds: residentsOver(250) }, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFIED_TEXT,
  }),
  stateRule('or', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'ORS § 646A.604(6)',
    versions: [
      {
        inForceFrom: '2007-10-01',
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
