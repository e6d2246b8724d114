import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  GOVERNMENT_IDS,
  HEALTH,
  calendarDays,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  stateRule,
  type StateVersion,
} from './state-rule';

/**
 * Alabama Data Breach Notification Act of 2018, Ala. Code §§ 8-38-1 to -12 (Act 2018-396, effective 2018-06-01).
 * The 45-day clock runs from the determination that a breach occurred AND is reasonably likely to cause
 * substantial harm (§ 8-38-5(b)): that is `harmDeterminedAt`, falling back to discovery until it is recorded.
 */

const IN_FORCE = '2018-06-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-al (marked V for §§ 8-38-5, -7, -8 text; AG leg S)',
    'https://codigoalpha.blog/alabama-breach-notice-deadlines (deadline table: 45 days after determination to individuals and AG, >1,000 AG trigger)',
    'https://www.complianceiq.site/breach-notification/alabama (AG > 1,000 within 45 days; CRA > 1,000) — corroboration only',
  ],
  unverified: 'Statute text of § 8-38-6 (AG) and § 8-38-7 (CRAs) not read this pass; the element list of § 8-38-2(6) is from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 8-38-2(6): name plus SSN/TIN, licence, passport, military or other government ID, account/card number
    // with code, medical and health-insurance information, and online credentials tied to the covered entity.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach is reasonably likely to cause substantial harm to the affected individuals (Ala. Code § 8-38-5(a))',
  ),
};

const FORTY_FIVE_DAYS = calendarDays(
  45,
  'harmDeterminedAt',
  'as expeditiously as possible and without unreasonable delay, and within 45 days after determining that a breach occurred and is reasonably likely to cause substantial harm',
);

export const AL_RULES: Rule[] = [
  stateRule('al', 'individuals', {
    recipientName: 'each affected Alabama resident',
    citation: 'Ala. Code § 8-38-5',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: FORTY_FIVE_DAYS }],
    verification: VERIFICATION,
  }),
  stateRule('al', 'regulator', {
    recipientName: 'Alabama Attorney General',
    citation: 'Ala. Code § 8-38-6',
    versions: [{ inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: FORTY_FIVE_DAYS }],
    verification: VERIFICATION,
  }),
  stateRule('al', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Ala. Code § 8-38-7',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay', 'harmDeterminedAt'),
      },
    ],
    verification: VERIFICATION,
  }),
];
