import type { Rule, Verification } from '../rule';

/**
 * Cyber Incident Reporting for Critical Infrastructure Act of 2022 (6 U.S.C. 681b). The statute's duties start
 * only with CISA's final rule, which had not been published in the Federal Register when this catalog was
 * written: listed as pending so the team sees it, never given a due time.
 */

const PENDING =
  "CIRCIA reporting starts only when CISA's final rule takes effect (NPRM 89 FR 23644, 4 Apr 2024; final rule moved from Oct 2025 to May 2026 in the Spring 2025 Unified Agenda, then delayed again by the DHS funding lapse of early 2026; no final rule found in the Federal Register). Add a version with its in-force date when it is published.";

/**
 * Issue 13, seventh pass: the periods read in the statute's own text (the US Code chunks of
 * codexstanford/markdonw-chunck-of-the-usa-code). The duties still wait for CISA's final rule (681b(a)(7), (b)).
 */
const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub codexstanford/markdonw-chunck-of-the-usa-code, chuncks/title-06/chunck-1342.md (6 U.S.C. 681b(a)(1)(A): "A covered entity that experiences a covered cyber incident shall report the covered cyber incident to the Agency not later than 72 hours after the covered entity reasonably believes that the covered cyber incident has occurred"; (a)(2)(A): "A covered entity that makes a ransom payment as the result of a ransomware attack against the covered entity shall report the payment to the Agency not later than 24 hours after the ransom payment has been made"; (a)(2)(B): this applies "even if the ransomware attack is not a covered cyber incident")',
    'GitHub codexstanford/markdonw-chunck-of-the-usa-code, chuncks/title-06/chunck-1344.md (681b(c): the final rule describes the covered entities and the covered cyber incidents)',
    'https://databreaches.net/2025/09/08/cisa-delays-cyber-incident-reporting-rule-for-critical-infrastructure (Covington: Spring 2025 Unified Agenda, final rule in May 2026, "likely will not go into effect until sometime afterwards")',
    'https://d3f5buclv39urb.cloudfront.net/articles/cisa-says-dhs-shutdown-will-likely-further-delay-circia-rule/ (2026-03-10: CISA says the postponed town halls "will likely result in a delay to the issuance of the final rule")',
    'https://www.mayerbrown.com/ja/insights/publications/2026/02/cisa-announces-town-halls-seeking-input-on-circia-implementation (13 Feb 2026 Federal Register notice of town halls on the proposed rule; comment period not reopened)',
  ],
  unverified:
    'No CISA final rule was found (two compliance write-ups in public repositories, dated October 2026, say none had been published and that the final rule, RIN 1670-AA04, was under OIRA review from 1 Oct 2026); the duties stay listed as pending. The covered-entity criteria will come from the final rule.',
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
          words: 'not later than 24 hours after the ransom payment has been made',
        },
      },
    ],
    verification: VERIFICATION,
    pending: PENDING,
  },
];
