import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, residentsOver, type StateVersion, stateRule } from './state-rule';
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
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
