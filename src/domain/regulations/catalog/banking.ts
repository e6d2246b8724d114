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
    'https://lexbuild.dev/ecfr/title-12/chapter-III/part-304/section-304.23 (12 CFR 304.23, eCFR current to 2026-04-05: "The FDIC must receive this notification from the banking organization as soon as possible and no later than 36 hours after the banking organization determines that a notification incident has occurred")',
  ],
  unverified: 'Effective date 1 Apr 2022 (compliance 1 May 2022) is from the research notes; the earlier date is used.',
};

/**
 * Georgia Department of Banking and Finance: a Georgia bank sends the Department a duplicate of the federal notices,
 * "simultaneously" (Ga. Comp. R. & Regs. r. 80-1-3-.03, -.04, under O.C.G.A. § 7-1-61). Counted as 0 hours after the
 * federal notice goes out (`regulatorNoticeSentAt`), and until then from the federal notice's own due time.
 * Georgia charters are recorded as the bank's `domicile`; unrecorded, the copy is listed with that as its condition.
 */
const GA_DBF_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://casetext.com/regulation/georgia-administrative-code/department-80-rules-of-department-of-banking-and-finance/chapter-80-1-banks/subject-80-1-3-books-and-records/rule-80-1-3-04-notification-of-computer-security-incident (Ga. Comp. R. & Regs. r. 80-1-3-.04, current through 2024-12-24): "banks and bank holding companies are required to notify the appropriate federal regulator no later than 36 hours ... If notification of a computer security incident is required to be provided under federal law, then a duplicate of such notification will simultaneously be submitted to the Department"; history "Adopted: New Rule entitled "Notification of Computer Security Incident." F. July 7, 2022; eff. July 27, 2022"',
    'https://regulations.justia.com/states/georgia/department-80/chapter-80-1/subject-80-1-3/rule-80-1-3-03 (r. 80-1-3-.03, current through 2024-12-18): "Federal law and regulations require disclosure to federal regulators of unauthorized access of customer information in certain circumstances. If disclosure of such unauthorized access is required under federal law, then a duplicate of such disclosure will simultaneously be submitted to the Department"',
  ],
  unverified:
    'The rules say "banks"; that they reach only Georgia state-chartered banks (the Department\'s charter) is the reading encoded, shown as a condition while the charter is not recorded. The in-force date of r. 80-1-3-.03 was not read: 2005-03-29, the federal guidance\'s, is used (the earlier reading).',
};

const GEORGIA_BANK = {
  entityTypes: ['us_bank' as const],
  anyOf: [{ domicile: { words: 'a bank chartered by Georgia (record US-GA as its domicile)' } }],
};

const GA_DBF_RULES: Rule[] = [
  {
    id: 'ga-dbf/regulator/computer-security-incident',
    regime: 'ga-dbf',
    jurisdiction: 'US-GA',
    recipient: 'regulator',
    recipientName: 'Georgia Department of Banking and Finance (duplicate of the 36-hour federal notice)',
    citation: 'Ga. Comp. R. & Regs. r. 80-1-3-.04',
    versions: [
      {
        inForceFrom: '2022-07-27',
        applies: {
          ...GEORGIA_BANK,
          judgment: {
            key: 'bankNotificationIncident',
            words:
              'a "notification incident" that the bank must report to its federal regulator within 36 hours (12 CFR 53.3, 225.302, 304.23)',
          },
        },
        deadline: {
          kind: 'after_notice',
          afterRuleId: 'bank-36h/regulator',
          sentAt: 'regulatorNoticeSentAt',
          period: { unit: 'hours', n: 0 },
          words: 'a duplicate of the federal notice, submitted simultaneously with it',
        },
      },
    ],
    verification: GA_DBF_VERIFICATION,
  },
  {
    id: 'ga-dbf/regulator/customer-information',
    regime: 'ga-dbf',
    jurisdiction: 'US-GA',
    recipient: 'regulator',
    recipientName: 'Georgia Department of Banking and Finance (duplicate of the federal customer-information notice)',
    citation: 'Ga. Comp. R. & Regs. r. 80-1-3-.03',
    versions: [
      {
        inForceFrom: '2005-03-29',
        applies: GEORGIA_BANK,
        deadline: {
          kind: 'after_notice',
          afterRuleId: 'glba-guidance/regulator',
          sentAt: 'regulatorNoticeSentAt',
          period: { unit: 'hours', n: 0 },
          words:
            'a duplicate of the disclosure to the federal regulator of unauthorized access to customer information, submitted simultaneously with it',
        },
      },
    ],
    verification: GA_DBF_VERIFICATION,
  },
];

export const BANKING_RULES: Rule[] = [
  ...GA_DBF_RULES,
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
