import type { Applicability, Rule, Verification } from '../rule';

/** Canada, PIPEDA breach of security safeguards (ss.10.1-10.3) and SOR/2018-64, in force 1 Nov 2018. */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'PIPEDA s.10.1 (https://laws-lois.justice.gc.ca/eng/acts/P-8.6/section-10.1.html), quoted verbatim in public repositories (find_string "as soon as feasible after the organization determ"): (1) report to the Commissioner "if it is reasonable in the circumstances to believe that the breach creates a real risk of significant harm to an individual"; (2) the report "must be made as soon as feasible after the organization determines that the breach has occurred"; (3) notify the individual; (6) notification "as soon as feasible after the organization determines that the breach has occurred"',
    'Breach of Security Safeguards Regulations SOR/2018-64, in force 1 November 2018, as summarised in the same repositories (record of every breach kept 24 months, s.6(1))',
  ],
  unverified:
    'Read in quotations of the Justice Laws text. s.10.2 (notice to other organizations) was not read in its own words; it is listed with the same timing. Provincial laws are separate regimes (qc-law25, ab-pipa).',
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
