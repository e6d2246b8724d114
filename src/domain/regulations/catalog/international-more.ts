import type { Deadline, Rule, Verification } from '../rule';

/**
 * Non-US regimes many organisations are under, added in the second pass: APRA CPS 234, the EU Cyber Resilience
 * Act, Québec's Law 25 and Alberta's PIPA, UK PECR and NIS, Japan's APPI and South Korea's PIPA.
 */

const RESEARCH = '/work/shared/research/breach-deadlines.md §1/§4';

const memory = (source: string, unverified: string): Verification => ({
  confidence: 'M',
  sources: [source],
  unverified,
});
const secondary = (sources: string[], unverified: string): Verification => ({ confidence: 'S', sources, unverified });

const hoursFrom = (n: number, words: string, from: 'awareAt' | 'discoveredAt' = 'awareAt'): Deadline => ({
  kind: 'period',
  from,
  period: { unit: 'hours', n },
  words,
});

// ---- EU Cyber Resilience Act, Regulation (EU) 2024/2847, Art 14 (applies from 2026-09-11, Art 71(2)) ----

const CRA_FROM = '2026-09-11';
const CRA_VERIFICATION = memory(
  'Regulation (EU) 2024/2847 (Cyber Resilience Act) Arts 14, 71(2): memory',
  'The CRA text was not read in this session; periods and the 2026-09-11 date of application of Art 14 are from memory.',
);
const CRA_RECIPIENT = 'CSIRT designated as coordinator and ENISA, through the single reporting platform';
const VULN = {
  entityTypes: ['eu_cra_manufacturer' as const],
  judgment: {
    key: 'craActivelyExploitedVulnerability' as const,
    words: 'a vulnerability in the product with digital elements is being actively exploited',
  },
};
const SEVERE = {
  entityTypes: ['eu_cra_manufacturer' as const],
  judgment: {
    key: 'craSevereIncident' as const,
    words: 'a severe incident has an impact on the security of the product with digital elements',
  },
};

const cra = (suffix: string, citation: string, applies: typeof VULN | typeof SEVERE, deadline: Deadline): Rule => ({
  id: `eu-cra/regulator/${suffix}`,
  regime: 'eu-cra',
  jurisdiction: 'EU',
  recipient: 'regulator',
  recipientName: CRA_RECIPIENT,
  citation,
  versions: [{ inForceFrom: CRA_FROM, applies, deadline }],
  verification: CRA_VERIFICATION,
});

// ---- Japan APPI ----

const APPI_CONDITIONS = {
  residentsOf: 'JP',
  data: { any: true },
  anyOf: [
    { thresholds: [{ op: '>' as const, count: 1000, scope: 'jurisdiction' as const }] },
    {
      judgment: {
        key: 'appiReportableCategory' as const,
        words:
          'the leak involves special care-required personal information, data whose misuse may cause property damage, or was done for an unlawful purpose (PPC Rules Art 7)',
      },
    },
  ],
};
const APPI_VERIFICATION = secondary(
  [
    `${RESEARCH} jp-appi-prelim, jp-appi-final (S: PPC page summary for the categories and 1,000; M for 3-5 and 30 days)`,
  ],
  'APPI Art 26 and the PPC Rules were not read. "Promptly" is shown as 3 days (the earlier end of the PPC guidance\'s 3-5 days); the final report as 30 days (60 for unlawful-purpose incidents, not distinguished here: 30 is earlier).',
);

// ---- South Korea PIPA ----

const KR_VERIFICATION = secondary(
  [`${RESEARCH} kr-pipa (S: DLA Piper)`],
  'PIPA Art 34 and Enforcement Decree Art 39-40 were not read; the 72-hour periods are from the amendment in force 2023-09-15 (date from memory).',
);

export const INTERNATIONAL_MORE_RULES: Rule[] = [
  {
    id: 'apra-cps234/regulator',
    regime: 'apra-cps234',
    jurisdiction: 'AU',
    recipient: 'regulator',
    recipientName: 'Australian Prudential Regulation Authority (APRA)',
    citation: 'APRA Prudential Standard CPS 234 Information Security, para 35',
    versions: [
      {
        inForceFrom: '2019-07-01',
        applies: {
          entityTypes: ['au_apra_regulated'],
          judgment: {
            key: 'apraMaterialIncident',
            words:
              'the information security incident materially affected, or had the potential to materially affect, financially or non-financially, the entity or the interests of depositors, policyholders, beneficiaries or other customers; or has been notified to other regulators',
          },
        },
        deadline: hoursFrom(
          72,
          'as soon as possible and, in any case, no later than 72 hours after becoming aware of the information security incident',
        ),
        notes: [
          'Para 36 (not modelled): a material control weakness the entity cannot remediate in time goes to APRA within 10 business days of becoming aware of it.',
        ],
      },
    ],
    verification: secondary(
      [`${RESEARCH} au-apra-cps234 (S)`],
      'CPS 234 was not read in this session; para numbering and the 2019-07-01 commencement are from memory.',
    ),
  },
  cra(
    'vulnerability-early-warning',
    'Regulation (EU) 2024/2847 Art 14(2)(a)',
    VULN,
    hoursFrom(
      24,
      'without undue delay and in any event within 24 hours of becoming aware of the actively exploited vulnerability',
    ),
  ),
  cra(
    'vulnerability-notification',
    'Regulation (EU) 2024/2847 Art 14(2)(b)',
    VULN,
    hoursFrom(
      72,
      'without undue delay and in any event within 72 hours of becoming aware of the actively exploited vulnerability',
    ),
  ),
  cra('vulnerability-final-report', 'Regulation (EU) 2024/2847 Art 14(2)(c)', VULN, {
    kind: 'no_fixed_period',
    from: 'awareAt',
    words:
      'no later than 14 days after a corrective or mitigating measure is available (the date that measure became available is not a recorded instant)',
  }),
  cra(
    'incident-early-warning',
    'Regulation (EU) 2024/2847 Art 14(4)(a)',
    SEVERE,
    hoursFrom(24, 'without undue delay and in any event within 24 hours of becoming aware of the severe incident'),
  ),
  cra(
    'incident-notification',
    'Regulation (EU) 2024/2847 Art 14(4)(b)',
    SEVERE,
    hoursFrom(72, 'without undue delay and in any event within 72 hours of becoming aware of the severe incident'),
  ),
  cra('incident-final-report', 'Regulation (EU) 2024/2847 Art 14(4)(c)', SEVERE, {
    kind: 'after_notice',
    afterRuleId: 'eu-cra/regulator/incident-notification',
    // No CRA-specific "sent" instant exists; until one is recorded the month runs from the 72-hour due time,
    // the latest the notification may go.
    sentAt: 'regulatorNoticeSentAt',
    period: { unit: 'calendar_months', n: 1 },
    words:
      'within one month after the incident notification (record regulatorNoticeSentAt only when it is the CRA notification)',
  }),
  {
    id: 'qc-law25/regulator',
    regime: 'qc-law25',
    jurisdiction: 'CA',
    recipient: 'regulator',
    recipientName: "Commission d'accès à l'information du Québec",
    citation:
      'Act respecting the protection of personal information in the private sector (CQLR c P-39.1) s. 3.5 (Law 25)',
    versions: [
      {
        inForceFrom: '2022-09-22',
        applies: {
          residentsOf: 'CA',
          data: { any: true },
          judgment: {
            key: 'seriousInjuryRisk',
            words:
              "the enterprise is subject to Québec's private-sector Act and the confidentiality incident presents a risk of serious injury",
          },
        },
        deadline: { kind: 'no_fixed_period', from: 'awareAt', words: 'promptly' },
      },
    ],
    verification: secondary(
      [`${RESEARCH} ca-qc-law25 (S: one source / M)`],
      'The Act was not read; s. 3.5 in force 2022-09-22 is from memory. Counts are not kept per province, so any Canadian resident brings it in.',
    ),
  },
  {
    id: 'qc-law25/individuals',
    regime: 'qc-law25',
    jurisdiction: 'CA',
    recipient: 'individuals',
    recipientName: 'each person whose personal information is concerned by the incident',
    citation: 'CQLR c P-39.1 s. 3.5 (Law 25)',
    versions: [
      {
        inForceFrom: '2022-09-22',
        applies: {
          residentsOf: 'CA',
          data: { any: true },
          judgment: {
            key: 'seriousInjuryRisk',
            words:
              "the enterprise is subject to Québec's private-sector Act and the confidentiality incident presents a risk of serious injury",
          },
        },
        deadline: {
          kind: 'no_fixed_period',
          from: 'awareAt',
          words: 'promptly (may be delayed only so as not to hamper an investigation of a crime)',
        },
      },
    ],
    verification: secondary([`${RESEARCH} ca-qc-law25 (S / M)`], 'The Act was not read.'),
  },
  {
    id: 'ab-pipa/regulator',
    regime: 'ab-pipa',
    jurisdiction: 'CA',
    recipient: 'regulator',
    recipientName: 'Office of the Information and Privacy Commissioner of Alberta',
    citation: 'Personal Information Protection Act (Alberta), SA 2003 c P-6.5, s. 34.1',
    versions: [
      {
        inForceFrom: '2010-05-01',
        applies: {
          residentsOf: 'CA',
          data: { any: true },
          judgment: {
            key: 'realRiskOfSignificantHarm',
            words:
              "the organisation is subject to Alberta's PIPA and a reasonable person would consider there is a real risk of significant harm to an individual",
          },
        },
        deadline: { kind: 'no_fixed_period', from: 'awareAt', words: 'without unreasonable delay' },
        notes: ['The Commissioner may require the organisation to notify the individuals (s. 37.1).'],
      },
    ],
    verification: memory(
      `${RESEARCH} ca-ab-pipa (M)`,
      'PIPA s. 34.1 was not read; the 2010-05-01 commencement is from memory.',
    ),
  },
  {
    id: 'uk-pecr/regulator',
    regime: 'uk-pecr',
    jurisdiction: 'GB',
    recipient: 'regulator',
    recipientName: "Information Commissioner's Office (PECR breach form)",
    citation:
      'Privacy and Electronic Communications Regulations 2003 reg 5A(2); Commission Regulation (EU) No 611/2013 Art 2(2)',
    versions: [
      {
        inForceFrom: '2013-08-25',
        applies: { entityTypes: ['uk_pecr_provider'], data: { any: true } },
        deadline: hoursFrom(24, 'no later than 24 hours after detection of the personal data breach, where feasible'),
        notes: [
          'The Data (Use and Access) Act 2025 is reported to move this to 72 hours (ICO guidance update of 2025-08-20, secondhand); its commencement was not confirmed, so 24 hours, the earlier, is shown.',
          'Subscribers and users must also be told without undue delay when the breach is likely to adversely affect their personal data or privacy (reg 5A(3)).',
        ],
      },
    ],
    verification: secondary(
      [`${RESEARCH} uk-pecr-5a, eu-eprivacy-611 (S / M)`],
      'PECR reg 5A and Regulation 611/2013 were not read in this session.',
    ),
  },
  {
    id: 'uk-nis/regulator/oes',
    regime: 'uk-nis',
    jurisdiction: 'GB',
    recipient: 'regulator',
    recipientName: 'the designated competent authority for the sector',
    citation: 'Network and Information Systems Regulations 2018 (SI 2018/506) reg 11(1), (3)',
    versions: [
      {
        inForceFrom: '2018-05-10',
        applies: {
          entityTypes: ['uk_nis_oes'],
          judgment: {
            key: 'ukNisSignificantImpact',
            words: 'a NIS incident with a significant impact on the continuity of the essential service',
          },
        },
        deadline: hoursFrom(
          72,
          'without undue delay and in any event no later than 72 hours after the operator is aware that a NIS incident has occurred',
        ),
      },
    ],
    verification: memory('SI 2018/506 regs 11-12: memory', 'The NIS Regulations were not read in this session.'),
  },
  {
    id: 'uk-nis/regulator/rdsp',
    regime: 'uk-nis',
    jurisdiction: 'GB',
    recipient: 'regulator',
    recipientName: "Information Commissioner's Office (NIS)",
    citation: 'Network and Information Systems Regulations 2018 (SI 2018/506) reg 12(3), (5)',
    versions: [
      {
        inForceFrom: '2018-05-10',
        applies: {
          entityTypes: ['uk_nis_rdsp'],
          judgment: {
            key: 'ukNisSignificantImpact',
            words: 'an incident with a substantial impact on the provision of the digital service',
          },
        },
        deadline: hoursFrom(
          72,
          'without undue delay and in any event no later than 72 hours after the provider is aware that an incident has occurred',
        ),
      },
    ],
    verification: memory('SI 2018/506 regs 11-12: memory', 'The NIS Regulations were not read in this session.'),
  },
  {
    id: 'jp-appi/regulator/preliminary',
    regime: 'jp-appi',
    jurisdiction: 'JP',
    recipient: 'regulator',
    recipientName: 'Personal Information Protection Commission (preliminary report)',
    citation: 'Act on the Protection of Personal Information Art 26(1); PPC Rules Art 8(1)',
    versions: [
      {
        inForceFrom: '2022-04-01',
        applies: APPI_CONDITIONS,
        deadline: hoursFrom(
          72,
          'promptly after becoming aware (PPC guidelines: about 3 to 5 days; the earlier is shown)',
        ),
      },
    ],
    verification: APPI_VERIFICATION,
  },
  {
    id: 'jp-appi/regulator/final',
    regime: 'jp-appi',
    jurisdiction: 'JP',
    recipient: 'regulator',
    recipientName: 'Personal Information Protection Commission (final report)',
    citation: 'Act on the Protection of Personal Information Art 26(1); PPC Rules Art 8(2)',
    versions: [
      {
        inForceFrom: '2022-04-01',
        applies: APPI_CONDITIONS,
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'calendar_days', n: 30 },
          words: 'within 30 days after becoming aware (60 days where the leak was done for an unlawful purpose)',
        },
      },
    ],
    verification: APPI_VERIFICATION,
  },
  {
    id: 'jp-appi/individuals',
    regime: 'jp-appi',
    jurisdiction: 'JP',
    recipient: 'individuals',
    recipientName: 'each principal (data subject) concerned',
    citation: 'Act on the Protection of Personal Information Art 26(2)',
    versions: [
      {
        inForceFrom: '2022-04-01',
        applies: APPI_CONDITIONS,
        deadline: { kind: 'no_fixed_period', from: 'awareAt', words: 'promptly, according to the circumstances' },
      },
    ],
    verification: APPI_VERIFICATION,
  },
  {
    id: 'kr-pipa/individuals',
    regime: 'kr-pipa',
    jurisdiction: 'KR',
    recipient: 'individuals',
    recipientName: 'each affected data subject',
    citation: 'Personal Information Protection Act Art 34(1); Enforcement Decree Art 39',
    versions: [
      {
        inForceFrom: '2023-09-15',
        applies: { residentsOf: 'KR', data: { any: true } },
        deadline: hoursFrom(72, 'within 72 hours of becoming aware of the leak'),
      },
    ],
    verification: KR_VERIFICATION,
  },
  {
    id: 'kr-pipa/regulator',
    regime: 'kr-pipa',
    jurisdiction: 'KR',
    recipient: 'regulator',
    recipientName: 'Personal Information Protection Commission or Korea Internet & Security Agency (KISA)',
    citation: 'Personal Information Protection Act Art 34(3); Enforcement Decree Art 40',
    versions: [
      {
        inForceFrom: '2023-09-15',
        applies: {
          residentsOf: 'KR',
          data: { any: true },
          anyOf: [
            { thresholds: [{ op: '>=', count: 1000, scope: 'jurisdiction' }] },
            {
              judgment: {
                key: 'krSensitiveOrExternalAccess',
                words:
                  'sensitive or unique identifying information was leaked, or the leak resulted from unauthorised external access',
              },
            },
          ],
        },
        deadline: hoursFrom(72, 'within 72 hours of becoming aware of the leak'),
      },
    ],
    verification: KR_VERIFICATION,
  },
];
