import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, noFixedPeriod, residentsOver, type StateVersion, stateRule } from './state-rule';

/**
 * Georgia, O.C.G.A. §§ 10-1-910 to -912. The duty binds only "information brokers" and "data collectors" (state
 * and local agencies), so it is listed on that condition rather than dropped: most businesses are outside it,
 * but a data broker must not miss it. No harm threshold.
 */

const IN_FORCE = '2005-05-05';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: ['shared/research/breach-deadlines.md §5 us-ga (V: § 10-1-912 text, 2016)'],
  unverified: 'Statute text not re-read; in-force date from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 10-1-911(6): name plus SSN, licence/ID, account/card number with or without code if usable, account
    // passwords/PINs; any of them without a name if enough for identity theft (read here as standalone).
    withName: [...CORE_ELEMENTS, 'financial_account', 'credentials'],
    standalone: [...CORE_ELEMENTS, 'financial_account', 'credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: {
    key: 'informationBroker',
    words:
      'the organisation is an information broker (collects and sells personal information to non-affiliated third parties, O.C.G.A. § 10-1-911(3)) or a state or local data collector',
  },
};

export const GA_RULES: Rule[] = [
  stateRule('ga', 'individuals', {
    recipientName: 'each affected Georgia resident',
    citation: 'O.C.G.A. § 10-1-912(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFICATION,
  }),
  stateRule('ga', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'O.C.G.A. § 10-1-912(d)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(10000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
