import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  HEALTH,
  hhsNoticeCopies,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Illinois Personal Information Protection Act, 815 ILCS 530/10. No harm threshold. SB 1624 (P.A. 101-343,
 * effective 2020-01-01) added the AG notice for a single breach of more than 500 residents.
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-il (V: § 530/10(a) text; S: Perkins; PBWT; WBK)',
    'Secondary state table quoting "in the most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: [
    'The AG notice of § 530/10(e) (more than 500 residents; no later than notice to consumers) was read only in law-firm summaries of SB 1624 (https://thewbkfirm.com/industry/illinois-revises-data-breach-law-to-require-notification-to-state-attorney-general); element list from memory.',
    SIXTH_PASS_UNREAD,
    SEVENTH_PASS_UNREAD,
  ].join(' '),
};

const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    '815 ILCS 530/10(a), official text at https://witnessslips.ilga.gov/legislation/ilcs/documents/081505300K10.htm: "shall notify the resident at no charge ... following discovery or notification of the breach. The disclosure notification shall be made in the most expedient time possible and without unreasonable delay, consistent with any measures necessary to determine the scope of the breach"',
    ...VERIFICATION.sources,
  ],
  unverified: 'The § 530/5 element list was not re-read this pass.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // 815 ILCS 530/5: name plus SSN, licence/ID, account/card with code, medical and health-insurance
    // information, biometric data; credentials alone.
    withName: [...CORE_ELEMENTS, ...HEALTH, 'biometric'],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
};

/**
 * 815 ILCS 530/50 (added by P.A. 99-503, HB 1260/SB 1833 of the 99th General Assembly, effective 2017-01-01): a
 * HIPAA covered entity or business associate is deemed compliant with the Act provided that, when it must notify
 * the Secretary of HHS of a breach under HITECH, it "also provides such notification to the Attorney General within
 * 5 business days of notifying the Secretary". Only covered entities notify the Secretary (45 CFR 164.408), so the
 * rule reaches them; both HHS notices count, the one for 500 or more and the annual log. Counted on the days every
 * Illinois holiday statute keeps (time/state-holidays.ts), due by 17:00 in Chicago (the Act names no hour).
 */
const HHS_COPY_VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://www.radarfirst.com/blog/illinois-personal-information-protection-act/ (HB 1260, effective 2017-01-01: AG notice for HIPAA-regulated entities that must notify HHS)',
    'https://csrps.com/privacy-regulations/illinois/ ("must notify the Attorney General within 5 days after notification is made to the Secretary of Health and Human Services")',
    'https://www.ilga.gov/legislation/fulltext.asp?DocName=&SessionId=88&GA=99&DocTypeId=SB&DocNum=1833&GAID=13&LegID=88670&SpecSess=&Session= (SB 1833 enrolled: adds Sections 45, 50 and 55 to the Act; Section 50 itself not reached in the excerpt read)',
  ],
  unverified: [
    'The text of § 530/50 was not read; "5 business days" and the 2017-01-01 date are from secondary sources.',
    SIXTH_PASS_UNREAD,
    SEVENTH_PASS_UNREAD,
  ].join(' '),
};
const FIVE_IL_BUSINESS_DAYS = {
  unit: 'business_days',
  n: 5,
  calendar: 'us-il',
  timeZone: 'America/Chicago',
  dueLocalTime: '17:00',
} as const;

const HHS_COPIES: Rule[] = hhsNoticeCopies('il', {
  attorneyGeneral: 'Illinois Attorney General',
  citation: '815 ILCS 530/50',
  inForceFrom: '2017-01-01',
  period: FIVE_IL_BUSINESS_DAYS,
  within: 'within 5 business days',
  verification: HHS_COPY_VERIFICATION,
});

export const IL_RULES: Rule[] = [
  stateRule('il', 'individuals', {
    recipientName: 'each affected Illinois resident',
    citation: '815 ILCS 530/10(a)',
    versions: [{ inForceFrom: '2006-01-01', applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('il', 'regulator', {
    recipientName: 'Illinois Attorney General',
    citation: '815 ILCS 530/10(e)',
    versions: [
      {
        inForceFrom: '2020-01-01',
        applies: { ...APPLIES, thresholds: residentsOver(500) },
        deadline: tiedToIndividualNotice(
          'il',
          'no_later_than',
          'in the most expedient time possible and without unreasonable delay, but in no event later than when notice is provided to consumers',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
  ...HHS_COPIES,
];
