import type { Rule, Verification } from '../rule';

/** Singapore Personal Data Protection Act 2012 Part 6A, in force 1 Feb 2021. */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'PDPA ss.26B, 26C, 26D as read and summarised in shared/research/breach-deadlines.md §4 (26B and 26D marked V there)',
  ],
  unverified:
    'Act text not read in this pass. The prescribed data classes for "significant harm" are in the Personal Data Protection (Notification of Data Breaches) Regulations 2021 and are left to the significantHarm judgment.',
};

const IN_FORCE = '2021-02-01';

const SIGNIFICANT_HARM = {
  key: 'significantHarm' as const,
  words: 'the breach results in, or is likely to result in, significant harm to an affected individual (s.26B(1)(a))',
};

export const SINGAPORE_PDPA_RULES: Rule[] = [
  {
    id: 'sg-pdpa/regulator',
    regime: 'sg-pdpa',
    jurisdiction: 'SG',
    recipient: 'regulator',
    recipientName: 'Personal Data Protection Commission',
    citation: 'PDPA 2012 ss.26B, 26D(1)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: {
          residentsOf: 'SG',
          data: { any: true },
          // Notifiable on either limb (s.26B(1)). The 500 count is of all affected individuals, not residents:
          // the Act counts people whose data the organisation holds, wherever they live.
          anyOf: [{ judgment: SIGNIFICANT_HARM }, { thresholds: [{ op: '>=', count: 500, scope: 'total' }] }],
        },
        deadline: {
          kind: 'period',
          from: 'assessedNotifiableAt',
          // "3 calendar days after the day" of the assessment: exact 72 h from the assessment is never later.
          period: { unit: 'calendar_days', n: 3 },
          words:
            'as soon as practicable, but in any case no later than 3 calendar days after the day the organisation assesses the breach as notifiable',
        },
        notes: [
          'The assessment itself must be made reasonably and expeditiously (s.26C); PDPC guidance expects it within about 30 days of first awareness.',
          'A breach within one organisation only is not notifiable (s.26B(4)).',
        ],
      },
    ],
    verification: VERIFICATION,
  },
  {
    id: 'sg-pdpa/individuals',
    regime: 'sg-pdpa',
    jurisdiction: 'SG',
    recipient: 'individuals',
    recipientName: 'affected individuals',
    citation: 'PDPA 2012 s.26D(2), (5)-(7)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { residentsOf: 'SG', data: { any: true }, judgment: SIGNIFICANT_HARM },
        deadline: {
          kind: 'no_fixed_period',
          from: 'assessedNotifiableAt',
          words: 'on or after notifying the Commission, in any reasonable manner (as soon as practicable)',
        },
        notes: [
          'Not required where remedial action or technological measures make significant harm unlikely, or on a law-enforcement or PDPC direction.',
        ],
      },
    ],
    verification: VERIFICATION,
  },
];
