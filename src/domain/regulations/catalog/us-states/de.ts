import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';

/**
 * Delaware, 6 Del. C. §§ 12B-101 to -104 as rewritten by HB 180 (effective 2018-04-14): 60 days after
 * determination of the breach; AG notice when more than 500 residents are notified.
 */

const IN_FORCE = '2018-04-14';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/delaware/content/title-title-6/chapter-title6c012bindex.json (mirror of 6 Del. C. ch. 12B): § 12B-101(2) "determination of the breach of security"; § 12B-102(a) harm exception; (c) "without unreasonable delay but not later than 60 days after determination of the breach of security"; (d) "If the affected number of Delaware residents to be notified exceeds 500 residents, the person required to provide notice shall, not later than the time when notice is provided to the resident, also provide notice of the breach of security to the Attorney General"; (e) one year of credit monitoring for SSNs',
    'https://d1tvxue8o4w0fl.cloudfront.net/statute/delaware-code/.../section-12b-102-... (casetext mirror of § 12B-102(a)-(c): harm exception; 60 days after determination)',
    'https://self-law.org/code/de/title-6/12b-101 (text of § 12B-101: "determination of the breach of security" defined)',
    'https://www.wordsbywit.com/delaware-1 (effective 2018-04-14; AG notice if over 500 residents, § 12B-102(d))',
  ],
  unverified: 'The 2018-04-14 in-force date of 81 Del. Laws c. 129 is from secondary sources.',
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
        deadline: calendarDays(
          60,
          'determinedAt',
          'without unreasonable delay but not later than 60 days after determination of the breach of security',
        ),
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
        deadline: tiedToIndividualNotice(
          'de',
          'no_later_than',
          'not later than the time notice is provided to the residents',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
];
