import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, noFixedPeriod, residentsOver, type StateVersion, stateRule } from './state-rule';

/**
 * Minnesota, Minn. Stat. § 325E.61 (effective 2006-01-01). No harm threshold and no regulator notice. More than
 * 500 people notified at one time: the bureaus within 48 hours. The statute does not say 48 hours after what;
 * the earliest possible start, discovery of the circumstances requiring notice, is used.
 */

const IN_FORCE = '2006-01-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-mn (S: cliclaw; csrps; wordsbywit)',
    'Secondary state table quoting § 325E.61 "in the most expedient time possible and without unreasonable delay"; CRA notice "within 48 hours" when more than 500 persons are affected at one time (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not read; the start of the 48 hours is an interpretation.',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
};

export const MN_RULES: Rule[] = [
  stateRule('mn', 'individuals', {
    recipientName: 'each affected Minnesota resident',
    citation: 'Minn. Stat. § 325E.61, subd. 1(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFICATION,
  }),
  stateRule('mn', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Minn. Stat. § 325E.61, subd. 2',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(500) },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'hours', n: 48 },
          words:
            'within 48 hours (counted from discovering the circumstances requiring notice of more than 500 persons)',
        },
      },
    ],
    verification: VERIFICATION,
  }),
];
