import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, residentsAtLeast, stateRule, tiedToIndividualNotice, type StateVersion } from './state-rule';

/**
 * Iowa, Iowa Code ch. 715C (§ 715C.2). The AG notice (HF 2415, 2014) is due within five business days after
 * notice is given to any consumer. Threshold: the statute as quoted by secondary sources says "more than five
 * hundred"; the Attorney General's own page says "at least 500". With the sources split, the broader reading
 * (500 or more) is encoded, so a breach of exactly 500 Iowans is flagged.
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://www.iowaattorneygeneral.gov/for-consumers/security-breach-notifications (AG page: "affects at least 500 Iowa residents ... within five business days after notifying affected people"; filings since the law took effect 2014-07-01)',
    'https://www.dwt.com/iowa/ (">500 residents notified"); https://www.wordsbywit.com/iowa (quotes § 715C.2(1) consumer timing)',
    'shared/research/breach-deadlines.md §5 us-ia and §8 item 6 (threshold conflict)',
    'Secondary state table quoting § 715C.2: AG notice "within five business days after giving notice of the breach ... to any consumer" when more than 500 residents are affected (public GitHub research file, read via find_string)',
  ],
  unverified:
    'Statute text of § 715C.2(8) not read directly: "more than five hundred" (quoted by secondary sources) vs "at least 500" (AG page) unresolved; 500 or more is encoded. Original in-force date 2008-07-01 from memory.',
};

const APPLIES: StateVersion['applies'] = {
  // § 715C.1(11): name plus SSN, licence/government ID, account/card with code, electronic identifier or routing
  // code with code, unique biometric data.
  data: { withName: [...CORE_ELEMENTS, 'biometric'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'after an appropriate investigation or consultation with law enforcement, there is a reasonable likelihood of financial harm to the consumers (Iowa Code § 715C.2(6)); a no-harm determination must be documented in writing and kept for five years',
  ),
};

export const IA_RULES: Rule[] = [
  stateRule('ia', 'individuals', {
    recipientName: 'each affected Iowa resident',
    citation: 'Iowa Code § 715C.2(1)',
    versions: [{ inForceFrom: '2008-07-01', applies: APPLIES, deadline: noFixedPeriod('in the most expeditious manner possible and without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('ia', 'regulator', {
    recipientName: 'Director of the Consumer Protection Division, Office of the Iowa Attorney General',
    citation: 'Iowa Code § 715C.2(8)',
    versions: [
      {
        inForceFrom: '2014-07-01',
        applies: { ...APPLIES, thresholds: residentsAtLeast(500) },
        deadline: tiedToIndividualNotice('ia', 'after', 'within five business days after giving notice of the breach to any consumer', {
          unit: 'business_days',
          n: 5,
          // Counted in Des Moines time. Due at 16:30, the close of Iowa state offices (8:00–4:30), not at
          // midnight: the statute names no hour, and a filing the office only sees the next morning is the
          // risk to avoid. Iowa's own holidays (Iowa Code §§ 1C.1, 1C.2; time/state-holidays.ts): Columbus
          // Day, Presidents' Day and Juneteenth are Iowa working days.
          calendar: 'us-ia',
          timeZone: 'America/Chicago',
          dueLocalTime: '16:30',
        }),
      },
    ],
    verification: VERIFICATION,
  }),
];
