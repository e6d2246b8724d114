import type { Rule, Verification } from '../rule';

/**
 * US banking-agency Computer-Security Incident Notification rule (OCC 12 CFR Part 53, Federal Reserve 12 CFR
 * 225.300-303, FDIC 12 CFR Part 304 subpart C; 86 FR 66424, 23 Nov 2021) and the NCUA's credit-union rule.
 */

const BANK_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://lexbuild.dev/ecfr/title-12/chapter-I/part-53/section-53.3 (12 CFR 53.3 text: no later than 36 hours after the banking organization determines that a notification incident has occurred; 86 FR 66442)',
    'https://d1tvxue8o4w0fl.cloudfront.net/regulation/code-of-federal-regulations/title-12-banks-and-banking/chapter-ii-federal-reserve-system/subchapter-a-board-of-governors-of-the-federal-reserve-system/part-225-bank-holding-companies-and-change-in-bank-control-regulation-y/subpart-n-computer-security-incident-notification/section-225302-notification (12 CFR 225.302, same text)',
    'https://reggi.ai/posts/banking/12-cfr-part-53_0900 (bank service provider: as soon as possible, four or more hours of material disruption)',
  ],
  unverified:
    'The FDIC section (12 CFR 304.23) was not read; assumed identical to OCC and Fed. Effective date 1 Apr 2022 (compliance 1 May 2022) is from the research notes; the earlier date is used.',
};

export const BANKING_RULES: Rule[] = [
  {
    id: 'bank-36h/regulator',
    regime: 'bank-36h',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'primary federal banking regulator (OCC, Federal Reserve or FDIC)',
    citation: '12 CFR 53.3 (OCC); 12 CFR 225.302 (Federal Reserve); 12 CFR 304.23 (FDIC)',
    versions: [
      {
        inForceFrom: '2022-04-01',
        applies: {
          entityTypes: ['us_bank'],
          judgment: {
            key: 'bankNotificationIncident',
            words:
              'a "notification incident": it materially disrupted or degraded, or is reasonably likely to, the bank\'s ability to carry out operations, its business lines, or US financial stability',
          },
        },
        deadline: {
          kind: 'period',
          from: 'determinedAt',
          period: { unit: 'hours', n: 36 },
          words:
            'as soon as possible and no later than 36 hours after determining that a notification incident has occurred',
        },
      },
    ],
    verification: BANK_VERIFICATION,
  },
  {
    id: 'bank-36h/counterparty/service-provider',
    regime: 'bank-36h',
    jurisdiction: 'US',
    recipient: 'counterparty',
    recipientName: 'each affected banking-organization customer (its designated contact)',
    citation: '12 CFR 53.4 (OCC); 12 CFR 225.303 (Federal Reserve); 12 CFR 304.24 (FDIC)',
    versions: [
      {
        inForceFrom: '2022-04-01',
        applies: {
          entityTypes: ['bank_service_provider'],
          judgment: {
            key: 'bankServiceDisruption',
            words:
              'the incident materially disrupted or degraded, or is reasonably likely to, covered services to banking customers for four or more hours (not scheduled maintenance or testing)',
          },
        },
        deadline: {
          kind: 'no_fixed_period',
          from: 'determinedAt',
          words: 'as soon as possible after determining the incident occurred (no fixed period)',
        },
      },
    ],
    verification: BANK_VERIFICATION,
  },
  {
    id: 'ncua/regulator',
    regime: 'ncua',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'NCUA (1-833-CYBERCU or secure email)',
    citation: '12 CFR 748.1(c); 88 FR 12811 (1 Mar 2023)',
    versions: [
      {
        inForceFrom: '2023-09-01',
        applies: {
          entityTypes: ['credit_union'],
          judgment: {
            key: 'ncuaReportableIncident',
            words:
              'a "reportable cyber incident": substantial loss of confidentiality, integrity or availability, a disruption of business operations or vital member services, or a compromise through a CUSO, cloud or other third-party provider',
          },
        },
        // "Reasonably believes" is recorded as the determination instant.
        deadline: {
          kind: 'period',
          from: 'determinedAt',
          period: { unit: 'hours', n: 72 },
          words:
            'as soon as possible and no later than 72 hours after the credit union reasonably believes it has experienced a reportable cyber incident',
        },
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        'https://ncua.gov./regulation-supervision/regulatory-compliance-resources/cybersecurity-resources/cyber-incident-reporting (NCUA page: 72 hours after the FICU reasonably believes)',
        'https://natlawreview.com/node/210186/printable/print (final rule effective 1 Sep 2023)',
      ],
    },
  },
];
