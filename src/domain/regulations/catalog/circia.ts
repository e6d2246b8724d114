import type { Rule, Verification } from '../rule';

/**
 * Cyber Incident Reporting for Critical Infrastructure Act of 2022 (6 U.S.C. 681b). The statute's duties start
 * only with CISA's final rule, which had not been published in the Federal Register when this catalog was
 * written: listed as pending so the team sees it, never given a due time.
 */

const PENDING =
  "CIRCIA reporting starts only when CISA's final rule takes effect (NPRM 89 FR 23644, 4 Apr 2024; final rule targeted for May 2026, no Federal Register final rule found). Add a version with its in-force date when it is published.";

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §2 and its CIRCIA status note (Covington via databreaches.net; Spring 2025 Unified Agenda)',
  ],
  unverified: 'Final-rule status and effective date; the covered-entity criteria will come from the final rule.',
};

const COVERED = {
  entityTypes: ['critical_infrastructure' as const],
  judgment: {
    key: 'circiaCoveredIncident' as const,
    words: 'a "covered cyber incident" (a substantial cyber incident, as the final rule defines it)',
  },
};

export const CIRCIA_RULES: Rule[] = [
  {
    id: 'circia/regulator',
    regime: 'circia',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'CISA',
    citation: '6 U.S.C. 681b(a)(1)',
    versions: [
      {
        inForceFrom: '2022-03-15', // enactment (Consolidated Appropriations Act 2022, div. Y); duties await the final rule
        applies: COVERED,
        deadline: {
          kind: 'period',
          from: 'determinedAt',
          period: { unit: 'hours', n: 72 },
          words:
            'not later than 72 hours after the covered entity reasonably believes a covered cyber incident occurred',
        },
      },
    ],
    verification: VERIFICATION,
    pending: PENDING,
  },
  {
    id: 'circia/regulator/ransom-payment',
    regime: 'circia',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'CISA',
    citation: '6 U.S.C. 681b(a)(2)',
    versions: [
      {
        inForceFrom: '2022-03-15',
        applies: { entityTypes: ['critical_infrastructure'], requiresFacts: ['ransomPaidAt'] },
        deadline: {
          kind: 'period',
          from: 'ransomPaidAt',
          period: { unit: 'hours', n: 24 },
          words: 'not later than 24 hours after a ransom payment is made',
        },
      },
    ],
    verification: VERIFICATION,
    pending: PENDING,
  },
];
