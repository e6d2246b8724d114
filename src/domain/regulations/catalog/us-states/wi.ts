import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  glbaExemptionNote,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

// Wis. Stat. § 134.98: an entity in compliance with GLBA Title V is deemed to comply (secondary): kept, with a note.
const GLBA_NOTE = glbaExemptionNote(
  'Wisconsin deems an entity that complies with Title V of the Gramm-Leach-Bliley Act to comply.',
  'https://easyitguys.com/wisconsin-security-breach-notification-law/: "those that are compliant with Title V of the GLBA are deemed to comply"; the statute was not read',
);

/**
 * Wisconsin, Wis. Stat. § 134.98 (effective 2006-03-31). Within a reasonable time, not exceeding 45 days after
 * the entity learns of the acquisition (read as discovery). Paper records count. No regulator notice (insurance
 * licensees report to the Commissioner under a separate law).
 */

const IN_FORCE = '2006-03-31';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: ['shared/research/breach-deadlines.md §5 us-wi (S: DWT; Lewis Brisbois; csrps)'],
  unverified: 'Statute text not read; in-force date from memory.',
};

const APPLIES: StateVersion['applies'] = {
  // § 134.98(1)(b): name plus SSN, licence/state ID, account/card with code or password, DNA profile, unique
  // biometric data.
  data: { withName: [...CORE_ELEMENTS, 'genetic', 'biometric'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the acquisition creates a material risk of identity theft or fraud to the subject of the information (Wis. Stat. § 134.98(2)(cm))',
  ),
};

export const WI_RULES: Rule[] = [
  stateRule('wi', 'individuals', {
    notes: [GLBA_NOTE],
    recipientName: 'each affected Wisconsin resident',
    citation: 'Wis. Stat. § 134.98(3)(a)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: calendarDays(
          45,
          'discoveredAt',
          'within a reasonable time, not to exceed 45 days after the entity learns of the acquisition',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('wi', 'credit_bureaus', {
    notes: [GLBA_NOTE],
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Wis. Stat. § 134.98(2)(br)',
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
