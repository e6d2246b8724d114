import type { Applicability, Rule, Verification } from '../rule';

/**
 * DORA, Regulation (EU) 2022/2554 Art 19(4), with the time limits of Commission Delegated Regulation (EU)
 * 2025/301 Art 5. The RTS counts the intermediate report from the initial notification and the final report from
 * the latest intermediate report; several vendor blogs count them from classification or detection instead,
 * which the RTS text does not support (research notes §8 item 12). The time limits are in Art 5 of the adopted
 * Regulation; the ESAs' draft RTS numbered them Art 6, which is where earlier citations here came from.
 */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'Delegated Regulation (EU) 2025/301 Art 5, Official Journal text in Bulgarian at https://exlege.bg/normi/delegiran-reglament-es-2025-301/links/18105 ("Член 5 Срокове за първоначалното уведомяване и за неокончателния и окончателния доклад"): (1)(a) initial "в рамките на четири часа от класифицирането на инцидента с ИКТ като съществен ... и не по-късно от 24 часа от момента, в който финансовият субект е узнал"; (b) intermediate "най-късно в рамките на 72 часа от подаването на първоначалното уведомление, дори когато статусът ... не са се променили"; (c) final "не по-късно от един месец след подаването на неокончателния доклад или, когато е приложимо, след последния актуализиран неокончателен доклад"',
    'English OJ wording of Art 5(1)(a) and 5(2) quoted verbatim in public repositories (find_string "within four hours from the classification"): "within four hours from the classification of the ICT-related incident as a major ICT-related incident and no later than 24 hours from the moment the financial entity has become aware of the ICT-related incident"; Art 5(2): where not classified major within 24 hours of awareness but later, "the initial notification within four hours from the classification"',
    'https://www.dora-info.eu/rts-mir/article-6/ (the draft RTS text, numbered Art 6 there: same periods and anchors)',
    'zby/answerbot data/DORA/Article_19.md and Article_20.md (DORA Art 19(4), Art 20(a)(ii): time limits set by RTS)',
  ],
  unverified:
    'The English OJ text of Art 5 was read in quotations, the full article in the Bulgarian OJ version. Art 5(4) lets a report due on a weekend or bank holiday go by noon of the next working day (not for the initial and intermediate reports of credit institutions, CCPs, trading-venue operators and NIS2 essential or important entities, Art 5(5)); it is not modelled, so weekend deadlines are shown unshifted (the earlier reading). The RTS entered into force after DORA applied (17 Jan 2025); its periods are shown from 17 Jan 2025, the earlier reading, since DORA Art 19(4) required the reports from then.',
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
    citation: 'Regulation (EU) 2022/2554 Art 19(4)(a); Delegated Regulation (EU) 2025/301 Art 5(1)(a), 5(2)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ENTITY,
        deadline: {
          kind: 'earliest_of',
          words:
            'initial notification as early as possible within 4 hours of classifying the incident as major, and no later than 24 hours after becoming aware of it (4 hours from classification if that comes more than 24 hours after awareness, Art 5(2))',
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
    citation: 'Regulation (EU) 2022/2554 Art 19(4)(b); Delegated Regulation (EU) 2025/301 Art 5(1)(b)',
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
    citation: 'Regulation (EU) 2022/2554 Art 19(4)(c); Delegated Regulation (EU) 2025/301 Art 5(1)(c)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ENTITY,
        deadline: {
          kind: 'after_notice',
          afterRuleId: 'dora/regulator/intermediate',
          sentAt: 'doraIntermediateReportSentAt',
          period: { unit: 'calendar_months', n: 1 },
          words:
            'final report no later than one month after the intermediate report or, where applicable, the latest updated intermediate report',
        },
      },
    ],
  },
];
