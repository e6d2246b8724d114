import type { Rule, Verification } from '../rule';

/**
 * Cyber Incident Reporting for Critical Infrastructure Act of 2022 (6 U.S.C. 681b). The statute's duties start
 * only with CISA's final rule, which had not been published in the Federal Register when this catalog was
 * written: listed as pending so the team sees it, never given a due time.
 */

const PENDING =
  "CIRCIA reporting starts only when CISA's final rule takes effect (NPRM 89 FR 23644, 4 Apr 2024; final rule moved from Oct 2025 to May 2026 in the Spring 2025 Unified Agenda, then delayed again by the DHS funding lapse of early 2026; no final rule found in the Federal Register). Add a version with its in-force date when it is published.";

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://www.prociso.com/blog/us-president-biden-signs-cyber-incident-reporting-for-critical-infrastructure-act-into-law (the Act: report a covered cyber incident "no later than 72 hours after it reasonably believes that the incident occurred"; a ransom payment "not later than 24 hours after the ransom payment has been made")',
    'https://www.fmglaw.com/cyber-privacy-security/congress-imposes-new-72-hour-reporting-requirement-for-cyber-security-incidents/ (72 hours after the entity "reasonably believes"; definitions left to CISA\'s rule)',
    'https://databreaches.net/2025/09/08/cisa-delays-cyber-incident-reporting-rule-for-critical-infrastructure (Covington: Spring 2025 Unified Agenda, final rule in May 2026, "likely will not go into effect until sometime afterwards")',
    'https://d3f5buclv39urb.cloudfront.net/articles/cisa-says-dhs-shutdown-will-likely-further-delay-circia-rule/ (2026-03-10: CISA says the postponed town halls "will likely result in a delay to the issuance of the final rule")',
    'https://www.mayerbrown.com/ja/insights/publications/2026/02/cisa-announces-town-halls-seeking-input-on-circia-implementation (13 Feb 2026 Federal Register notice of town halls on the proposed rule; comment period not reopened)',
  ],
  unverified:
    'The text of 6 U.S.C. 681b was read only as quoted in summaries. Whether the final rule was published after March 2026 could not be established: none was found. The covered-entity criteria will come from the final rule.',
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
