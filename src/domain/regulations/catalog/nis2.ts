import type { Applicability, Rule, Verification } from '../rule';

/**
 * NIS2 Directive (EU) 2022/2555 Art 23: staged reporting of significant incidents by essential and important
 * entities. Reached by entity type, not by where people live. These are the Directive's baseline periods; a
 * member state's transposition may be stricter and is not modelled.
 */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub peakdefence/wingman-docs, docs/regulations/nis2.md (Directive (EU) 2022/2555 text from the EUR-Lex consolidated version, https://eur-lex.europa.eu/eli/dir/2022/2555/2022-12-27/eng): Art 23(4)(a) "without undue delay and in any event within 24 hours of becoming aware of the significant incident, an early warning"; (b) "within 72 hours of becoming aware of the significant incident, an incident notification"; (c) intermediate report on request; (d) "a final report not later than one month after the submission of the incident notification under point (b)"; (e) progress report if ongoing, final report within one month of handling; trust service providers 24 hours for (b)',
    'https://powerquant.dk/en/nis2-incident-reporting-timeline (Art 23(4) quoted; transposition by 17 Oct 2024)',
    'CIR (EU) 2024/2690 recital 31 per shared/research/breach-deadlines.md §1 (deadlines run from awareness)',
    'Art 41(1) quoted verbatim in public repositories (find_string "shall apply those measures from 18 October 2024"): "Member States shall adopt and publish, by 17 October 2024, the measures necessary to comply with this Directive. Member States shall apply those measures from 18 October 2024."',
  ],
  unverified:
    "National transpositions differ in dates (many came after 18 Oct 2024) and may shorten periods; the Directive's own date is shown. The trust service providers' 24 hours for the notification is not modelled.",
};

/** Member states had to apply their measures from 18 Oct 2024 (Art 41(1)). */
const IN_FORCE = '2024-10-18';

const ENTITY: Applicability = {
  entityTypes: ['eu_essential_entity', 'eu_important_entity'],
  judgment: {
    key: 'nis2Significant',
    words:
      'the incident is "significant" (Art 23(3)): it caused or can cause severe operational disruption or financial loss, or considerable material or non-material damage to others',
  },
};

const base = {
  regime: 'nis2',
  jurisdiction: 'EU',
  recipient: 'regulator' as const,
  recipientName: 'CSIRT or competent authority of the member state',
  verification: VERIFICATION,
};

export const NIS2_RULES: Rule[] = [
  {
    ...base,
    id: 'nis2/regulator/early-warning',
    citation: 'Directive (EU) 2022/2555 Art 23(4)(a)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ENTITY,
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'hours', n: 24 },
          words:
            'early warning without undue delay and in any event within 24 hours of becoming aware of the significant incident',
        },
      },
    ],
  },
  {
    ...base,
    id: 'nis2/regulator/notification',
    citation: 'Directive (EU) 2022/2555 Art 23(4)(b)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ENTITY,
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'hours', n: 72 },
          words:
            'incident notification without undue delay and in any event within 72 hours of becoming aware of the significant incident',
        },
      },
    ],
  },
  {
    ...base,
    id: 'nis2/regulator/final-report',
    citation: 'Directive (EU) 2022/2555 Art 23(4)(d)-(e)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ENTITY,
        deadline: {
          kind: 'after_notice',
          afterRuleId: 'nis2/regulator/notification',
          sentAt: 'nis2NotificationSentAt',
          period: { unit: 'calendar_months', n: 1 },
          words: 'final report not later than one month after the submission of the incident notification',
        },
        notes: [
          'If the incident is still ongoing then, a progress report is due instead, and the final report within one month of handling the incident (Art 23(4)(e)).',
          'Intermediate reports are due on request of the CSIRT or authority (Art 23(4)(c)).',
        ],
      },
    ],
  },
];
