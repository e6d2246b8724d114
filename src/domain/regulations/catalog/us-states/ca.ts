import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  EXPEDIENT,
  GOVERNMENT_IDS,
  HEALTH,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { SEVENTH_PASS_UNREAD } from './statute-copies';

/**
 * California, Cal. Civ. Code § 1798.82 (businesses). SB 446 (Stats. 2025, signed 2025-10-03) from 2026-01-01:
 * individuals within 30 calendar days of discovery or notification; the AG sample copy (more than 500 residents)
 * within 15 calendar days after notifying consumers. Before 2026 the AG copy had no deadline (SB 24, in force
 * 2012-01-01) and individual notice was "most expedient time possible and without unreasonable delay".
 * No harm threshold: any unauthorised acquisition of unencrypted personal information is notifiable.
 */

const SB_446 = '2026-01-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://www.lcwlegal.com/news/sb-446-requires-disclosure-of-data-breaches-to-consumers-within-30-days (30 calendar days; AG within 15 calendar days of notifying consumers if > 500)',
    'https://www.dataprotectionreport.com/2025/11/california-tightens-data-breach-notification-timelines-imposes-30-day-notice-requirement/ (effective 2026-01-01)',
    'https://dailyjournal.com/articles/388637 (cites § 1798.82(a)(2), (f); signed 2025-10-03)',
    'https://www.mvalaw.com/data-points/california-amends-data-breach-notification-requirements (AG previously had no deadline)',
    'https://oag.ca.gov/ecrime/databreach/reporting (the Attorney General\'s page quoting (f) before SB 446: "Any person or business that is required to issue a security breach notification to more than 500 California residents as a result of a single breach of the security system shall electronically submit a single sample copy of that security breach notification, excluding any personally identifiable information, to the Attorney General")',
    'https://opencalaccess.org/leginfo/bill_info/20250SB44695CHP (SB 446 "An act to amend Section 1798.82 of the Civil Code"; approved by the Governor and "Chaptered by Secretary of State. Chapter 319, Statutes of 2025" on 2025-10-03; a non-urgency statute, so in force 2026-01-01 under Cal. Const. art. IV § 8(c))',
    'https://www.veeto.app/bill/1974556 (enrolled SB 446: sample copy "within 15 calendar days of informing consumers" for more than 500 residents; secondary)',
  ],
  unverified: `The 15 calendar days of § 1798.82(f) as amended by SB 446 were read only in summaries of the bill (sixth pass: the stored code copy at lexace.ai returns only subdivisions (a)-(c)); the "more than 500" threshold is read in the Attorney General's own quotation of (f). The § 1798.82(h) element list and the 2003-07-01 / 2012-01-01 in-force dates are from memory. ${SEVENTH_PASS_UNREAD}`,
};

/** The individual notice: the amended § 1798.82(a) read in a code mirror. */
const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    'Cal. Civ. Code § 1798.82 as amended by SB 446, text at https://lexace.ai/us/statute/california/civ-1798.82: (a)(2)(A) "Subject to subparagraph (B), the disclosure required by this subdivision shall be made within 30 calendar days of discovery or notification of the data breach"; (a)(2)(B) delay "to accommodate the legitimate needs of law enforcement, pursuant to subdivision (c), or as necessary to determine the scope of the breach and restore the reasonable integrity of the data system"',
    'Cal. Civ. Code § 1798.82(a) before SB 446, text at https://trellis.law/state-rules/ca/laws/civil-code-civ/division-3-obligations/title-14-lien-2872-3081/chapter-2-mortgage-2920-2967/article-1-mortgages-in-general-2920-294410/292417/title-181-customer-records-179880-179884/179882 ("in the most expedient time possible and without unreasonable delay")',
    ...VERIFICATION.sources,
  ],
  unverified:
    'The 2026-01-01 operative date of SB 446 and the 2003-07-01 original date are from secondary sources; the § 1798.82(h) element list was not re-read.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 1798.82(h): name plus SSN, licence/ID/passport/military/other government ID, taxpayer ID, account/card
    // with code, medical and health-insurance information, biometric data, ALPR data, genetic data; (h)(2)
    // credentials alone.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric', 'genetic'],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
};

const LAW_ENFORCEMENT_NOTE =
  'Delay allowed for the legitimate needs of law enforcement, or as necessary to determine the scope of the breach and restore the reasonable integrity of the data system (§ 1798.82(a)(2)(B)).';

export const CA_RULES: Rule[] = [
  stateRule('ca', 'individuals', {
    recipientName: 'each affected California resident',
    citation: 'Cal. Civ. Code § 1798.82(a)',
    versions: [
      { inForceFrom: '2003-07-01', applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) },
      {
        inForceFrom: SB_446,
        citation: 'Cal. Civ. Code § 1798.82(a)(2) (SB 446, 2025)',
        applies: APPLIES,
        deadline: calendarDays(
          30,
          'discoveredAt',
          'within 30 calendar days of discovery or notification of the data breach',
        ),
        notes: [LAW_ENFORCEMENT_NOTE],
      },
    ],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('ca', 'regulator', {
    recipientName: 'California Attorney General (electronic sample copy of the notice)',
    citation: 'Cal. Civ. Code § 1798.82(f)',
    versions: [
      {
        inForceFrom: '2012-01-01',
        applies: { ...APPLIES, thresholds: residentsOver(500) },
        deadline: noFixedPeriod('a single sample copy of the notice, electronically; no period set'),
      },
      {
        inForceFrom: SB_446,
        citation: 'Cal. Civ. Code § 1798.82(f) (SB 446, 2025)',
        applies: { ...APPLIES, thresholds: residentsOver(500) },
        deadline: tiedToIndividualNotice('ca', 'after', 'within 15 calendar days of notifying affected consumers', {
          unit: 'calendar_days',
          n: 15,
        }),
      },
    ],
    verification: VERIFICATION,
  }),
];
