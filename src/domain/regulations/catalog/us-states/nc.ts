import type { Rule, Threshold, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, type StateVersion, stateRule } from './state-rule';
import { lawserverCopy } from './statute-copies';

/**
 * North Carolina Identity Theft Protection Act, N.C. Gen. Stat. §§ 75-61, 75-65 (effective 2005-12-01). Paper
 * records count. Checking and savings account numbers count without a code.
 */

const IN_FORCE = '2005-12-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-nc (V: § 75-65 text; S: Perkins; DWT)',
    'Secondary state table quoting § 75-65 "without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not re-read; element list of § 75-61(10) / § 14-113.20(b) from memory.',
};

export const NC_TEXT_SOURCE = lawserverCopy(
  'nc',
  'N.C. Gen. Stat. §§ 75-61 to 75-65 (the copy of § 75-65 holds subsections (a) to (c) only)',
  'https://www.ncleg.gov/EnactedLegislation/Statutes/PDF/BySection/Chapter_75/GS_75-65.pdf',
);

/** § 75-65(a) read in the text; (e1) and (f) are not in the copy, so the AG and bureau notices stay S. */
const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    `${NC_TEXT_SOURCE}: § 75-65(a) "shall provide notice to the affected person that there has been a security breach following discovery or notification of the breach. The disclosure notification shall be made without unreasonable delay"`,
    ...VERIFICATION.sources,
  ],
  unverified: 'In-force date (2005-12-01) not read in S.L. 2005-414; the § 75-61 element list was not re-read.',
};

/**
 * § 75-65(f) as enacted (S.L. 2005-414), quoted in a 2006 post: "In the event a business provides notice to more
 * than 1,000 persons at one time pursuant to this section, the business shall notify, without unreasonable delay,
 * ... all consumer reporting agencies". It counts persons notified under the section, and (a), read in the current
 * text, has a business "that conducts business in North Carolina" notify "the affected person", not only residents:
 * everyone notified is counted (the broader reading, as Ark. Code § 4-110-105(b)(2)), once a North Carolina resident
 * is among them. Before the sixth pass the threshold counted North Carolina residents alone.
 */
const MORE_THAN_1000_PERSONS: Threshold[] = [{ op: '>', count: 1000, scope: 'total' }];

const BUREAUS_VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://shostack.org/archive/2006/07/north-carolina-is-in-the-club (quoting § 75-65(f) as it took effect on 2005-12-01: "(f) In the event a business provides notice to more than 1,000 persons at one time pursuant to this section, the business shall notify, without unreasonable delay, the Consumer Protection Division of the Attorney General\'s Office and all consumer reporting agencies that compile and maintain files on consumers on a nationwide basis, as defined in 15 U.S.C. § 1681a(p), of the timing, distribution, and content of the notice")',
    'github:AlexNetCC/USDataBreachApp raw-laws/north-carolina.md (Foley & Lardner chart, 2025: "If entity provides notice to more than 1,000 persons at one time")',
    ...VERIFICATION.sources,
  ],
  unverified:
    'The current § 75-65(f) was not read: the 2005 words are quoted in a blog post and matched by the 2025 chart. Whether "persons" reaches people outside North Carolina is not settled; the broader reading is encoded.',
};

const APPLIES: StateVersion['applies'] = {
  // § 75-61(10): name plus SSN, employer TIN, licence/state ID/passport, checking or savings account numbers,
  // card numbers, PINs, digital signatures, biometric data, passwords and other numbers giving access to
  // financial resources.
  data: {
    withName: [
      ...CORE_ELEMENTS,
      'financial_account',
      'tax_id',
      'passport',
      'digital_signature',
      'biometric',
      'credentials',
    ],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'illegal use of the personal information has occurred or is reasonably likely to occur, or the incident creates a material risk of harm to a consumer (N.C. Gen. Stat. § 75-61(14))',
  ),
};

export const NC_RULES: Rule[] = [
  stateRule('nc', 'individuals', {
    recipientName: 'each affected North Carolina resident',
    citation: 'N.C. Gen. Stat. § 75-65(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('nc', 'regulator', {
    recipientName: 'Consumer Protection Division of the North Carolina Attorney General',
    citation: 'N.C. Gen. Stat. § 75-65(e1)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('nc', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'N.C. Gen. Stat. § 75-65(f)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: MORE_THAN_1000_PERSONS },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: BUREAUS_VERIFICATION,
  }),
];
