import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  GOVERNMENT_IDS,
  HEALTH,
  calendarDays,
  harmJudgment,
  residentsOver,
  stateRule,
  tiedToIndividualNotice,
  type StateVersion,
} from './state-rule';

/**
 * Delaware, 6 Del. C. §§ 12B-101 to -104 as rewritten by HB 180 (effective 2018-04-14): 60 days after
 * determination of the breach; AG notice when more than 500 residents are notified.
 */

const IN_FORCE = '2018-04-14';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://d1tvxue8o4w0fl.cloudfront.net/statute/delaware-code/.../section-12b-102-... (casetext mirror of § 12B-102(a)-(c): harm exception; 60 days after determination)',
    'https://self-law.org/code/de/title-6/12b-101 (text of § 12B-101: "determination of the breach of security" defined)',
    'https://www.wordsbywit.com/delaware-1 (effective 2018-04-14; AG notice if over 500 residents, § 12B-102(d))',
    'shared/research/breach-deadlines.md §5 us-de (AG timing marked M)',
    'Secondary state table quoting "without unreasonable delay but not later than 60 days after determination of the breach of security" (public GitHub research file, read via find_string)',
  ],
  unverified:
    'Text of § 12B-102(d) not read: the AG timing "not later than the time when notice is provided to the resident" is from memory (kept as the conservative reading); the element list of § 12B-101(7) is from secondary sources.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 12B-101(7): name plus SSN, licence/ID, account/card with code, passport, medical and health-insurance
    // information, biometric data, TIN; credentials (listed as an element; read as standalone, the broader reading).
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric'],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'after an appropriate investigation, the breach is likely to result in harm to the affected residents (6 Del. C. § 12B-102(a))',
  ),
};

export const DE_RULES: Rule[] = [
  stateRule('de', 'individuals', {
    recipientName: 'each affected Delaware resident',
    citation: '6 Del. C. § 12B-102(c)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: calendarDays(60, 'determinedAt', 'without unreasonable delay but not later than 60 days after determination of the breach of security'),
        notes: ['If SSNs were taken, offer one year of free credit monitoring (§ 12B-102(e)).'],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('de', 'regulator', {
    recipientName: 'Delaware Attorney General',
    citation: '6 Del. C. § 12B-102(d)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(500) },
        deadline: tiedToIndividualNotice('de', 'no_later_than', 'not later than the time notice is provided to the residents'),
      },
    ],
    verification: VERIFICATION,
  }),
];
