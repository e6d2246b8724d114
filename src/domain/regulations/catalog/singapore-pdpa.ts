import type { Rule, Verification } from '../rule';

/** Singapore Personal Data Protection Act 2012 Part 6A, in force 1 Feb 2021. */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'PDPA 2012 (2020 Rev Ed) Part 6A, Singapore Statutes Online (https://sso.agc.gov.sg/Act/PDPA2012?ProvIds=P16A-, current version as at 09 Oct 2026), quoted verbatim in a public repository\'s notes on East Asian breach laws (find_string "3 calendar days after the day the organisation"): s.26D(1) "the organisation must notify the Commission as soon as is practicable, but in any case no later than 3 calendar days after the day the organisation makes that assessment"; s.26D(2) "on or after notifying the Commission ... notify each affected individual affected by a notifiable data breach mentioned in section 26B(1)(a) in any manner that is reasonable in the circumstances"; s.26B(1)(b) "is, or is likely to be, of a significant scale"; s.26B(4) breaches only within an organisation are not notifiable; s.26C(2) assessment "in a reasonable and expeditious manner"',
    'Personal Data Protection (Notification of Data Breaches) Regulations 2021 (SL 64/2021) reg 4, same notes: "the prescribed number of affected individuals is 500"; PDPC Advisory Guidelines para 20.20: "Where a data breach affects 500 or more individuals, the organisation is required to notify the Commission"',
    'The s.26D(1) sentence also quoted in GitHub Forge models of the PDPA (comments citing https://sso.agc.gov.sg/Act/PDPA2012?ProvIds=pr26D-)',
  ],
  unverified:
    'Read in verbatim quotations of Singapore Statutes Online, not on the site itself. The prescribed data classes for "significant harm" (reg 3 and the Schedule) are left to the significantHarm judgment. The 1 Feb 2021 start is from PDPC\'s guide page as quoted ("the enhanced PDPA which came into force on 1 February 2021").',
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
