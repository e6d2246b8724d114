import type { Applicability, Rule, Verification } from '../rule';

/**
 * DORA, Regulation (EU) 2022/2554 Art 19(4), with the time limits of Commission Delegated Regulation (EU)
 * 2025/301 Art 6. The RTS counts the intermediate report from the initial notification and the final report from
 * the latest intermediate report; several vendor blogs count them from classification or detection instead,
 * which the RTS text does not support (research notes §8 item 12).
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'RTS (EU) 2025/301 Art 6(1)-(2) as read and quoted in shared/research/breach-deadlines.md §1 (marked V there)',
    'https://raw.githubusercontent.com/ThomasMoreAI/legal-skills-open/main/eu/cybersecurity/skills/dora/references/incident-classification.md (DORA Art 17-23 summary)',
    'zby/answerbot data/DORA/Article_19.md and Article_20.md (DORA Art 19(4), Art 20(a)(ii): time limits set by RTS)',
  ],
  unverified:
    'RTS 2025/301 text not re-read in this pass. Art 6(4) relief for deadlines falling on weekends and holidays (for some entities) is not modelled, so weekend deadlines are shown unshifted (the earlier reading).',
};

/** DORA applies from 17 Jan 2025 (Art 64). */
const IN_FORCE = '2025-01-17';

const ENTITY: Applicability = {
  entityTypes: ['eu_financial_entity'],
  judgment: {
    key: 'doraMajor',
    words: 'the ICT-related incident is classified as "major" under the classification RTS (EU) 2024/1772',
  },
};

const base = {
  regime: 'dora',
  jurisdiction: 'EU',
  recipient: 'regulator' as const,
  recipientName: 'competent authority under DORA Art 46',
  verification: VERIFICATION,
};

export const DORA_RULES: Rule[] = [
  {
    ...base,
    id: 'dora/regulator/initial',
    citation: 'Regulation (EU) 2022/2554 Art 19(4)(a); Delegated Regulation (EU) 2025/301 Art 6(1)(a), 6(2)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ENTITY,
        deadline: {
          kind: 'earliest_of',
          words:
            'initial notification as early as possible within 4 hours of classifying the incident as major, and no later than 24 hours after becoming aware of it (4 hours from classification if that comes later)',
          skipIfBefore: 'classifiedMajorAt',
          deadlines: [
            {
              kind: 'period',
              from: 'classifiedMajorAt',
              period: { unit: 'hours', n: 4 },
              words: '4 hours after classification as major',
            },
            {
              kind: 'period',
              from: 'awareAt',
              period: { unit: 'hours', n: 24 },
              words: '24 hours after becoming aware',
            },
          ],
        },
      },
    ],
  },
  {
    ...base,
    id: 'dora/regulator/intermediate',
    citation: 'Regulation (EU) 2022/2554 Art 19(4)(b); Delegated Regulation (EU) 2025/301 Art 6(1)(b)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ENTITY,
        deadline: {
          kind: 'after_notice',
          afterRuleId: 'dora/regulator/initial',
          sentAt: 'doraInitialNotificationSentAt',
          period: { unit: 'hours', n: 72 },
          words: 'intermediate report within 72 hours of submitting the initial notification',
        },
        notes: [
          'An updated intermediate report is due without undue delay once regular activities have been recovered.',
        ],
      },
    ],
  },
  {
    ...base,
    id: 'dora/regulator/final',
    citation: 'Regulation (EU) 2022/2554 Art 19(4)(c); Delegated Regulation (EU) 2025/301 Art 6(1)(c)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ENTITY,
        deadline: {
          kind: 'after_notice',
          afterRuleId: 'dora/regulator/intermediate',
          sentAt: 'doraIntermediateReportSentAt',
          period: { unit: 'calendar_months', n: 1 },
          words: 'final report within one month of the latest updated intermediate report',
        },
      },
    ],
  },
];
