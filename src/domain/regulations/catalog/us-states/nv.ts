import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  HEALTH,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/** Nevada, NRS § 603A.220 (effective 2005-10-01). No harm threshold; no regulator notice. */

const IN_FORCE = '2005-10-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-nv (V: § 603A.220 text; S: Perkins)',
    'Secondary state table quoting NRS 603A.220 "in the most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not re-read; element list of NRS 603A.040 from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // NRS 603A.040: name plus SSN, licence/ID, account/card with code, medical or health-insurance ID number;
    // credentials (listed as an element; read as standalone, the broader reading).
    withName: [...CORE_ELEMENTS, ...HEALTH],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
};

export const NV_RULES: Rule[] = [
  stateRule('nv', 'individuals', {
    recipientName: 'each affected Nevada resident',
    citation: 'NRS § 603A.220(1)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: noFixedPeriod(EXPEDIENT),
        notes: ['Installment-loan licensees (NRS 675.283) have their own 30-day rule, not in this catalog.'],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('nv', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'NRS § 603A.220(6)',
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
