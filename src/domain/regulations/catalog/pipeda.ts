import type { Applicability, Rule, Verification } from '../rule';

/** Canada, PIPEDA breach of security safeguards (ss.10.1-10.3) and SOR/2018-64, in force 1 Nov 2018. */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: ['OPC guidance as summarised in shared/research/breach-deadlines.md §4 (marked S there)'],
  unverified: 'Act text not read in this pass. Provincial laws (Québec Law 25, Alberta PIPA) are not modelled.',
};

const IN_FORCE = '2018-11-01';

const APPLIES: Applicability = {
  residentsOf: 'CA',
  data: { any: true },
  judgment: {
    key: 'realRiskOfSignificantHarm',
    words:
      'the breach creates a real risk of significant harm to an individual (s.10.1(7)-(8): sensitivity and probability of misuse)',
  },
};

const AS_SOON_AS_FEASIBLE = {
  kind: 'no_fixed_period' as const,
  from: 'determinedAt' as const,
  words: 'as soon as feasible after the organization determines that the breach has occurred (no fixed period)',
};

export const PIPEDA_RULES: Rule[] = [
  {
    id: 'pipeda/regulator',
    regime: 'pipeda',
    jurisdiction: 'CA',
    recipient: 'regulator',
    recipientName: 'Office of the Privacy Commissioner of Canada',
    citation: 'PIPEDA s.10.1(1)-(2); Breach of Security Safeguards Regulations SOR/2018-64',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: AS_SOON_AS_FEASIBLE,
        notes: ['Keep a record of every breach of security safeguards, reported or not (s.10.3).'],
      },
    ],
    verification: VERIFICATION,
  },
  {
    id: 'pipeda/individuals',
    regime: 'pipeda',
    jurisdiction: 'CA',
    recipient: 'individuals',
    recipientName: 'affected individuals',
    citation: 'PIPEDA s.10.1(3), (6)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: AS_SOON_AS_FEASIBLE }],
    verification: VERIFICATION,
  },
  {
    id: 'pipeda/other',
    regime: 'pipeda',
    jurisdiction: 'CA',
    recipient: 'other',
    recipientName: 'other organizations or government institutions that may be able to reduce the risk of harm',
    citation: 'PIPEDA s.10.2(1)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: AS_SOON_AS_FEASIBLE }],
    verification: VERIFICATION,
  },
];
