import type { Deadline, Rule, Verification } from '../rule';

/**
 * Non-US regimes many organisations are under, added in the second pass: APRA CPS 234, the EU Cyber Resilience
 * Act, Québec's Law 25 and Alberta's PIPA, UK PECR and NIS, Japan's APPI and South Korea's PIPA.
 */

const RESEARCH = '/work/shared/research/breach-deadlines.md §1/§4';
/** Where the Japanese and Korean texts were read: a file of verbatim quotations with their official sources. */
const NOTES =
  'a public repository\'s notes on breach notification in East Asia, quoting the official texts verbatim with their addresses (checked there 2026-10-09; found with find_string "個人情報保護委員会規則で定めるところにより、当該事態が生じた旨を個人情報保護委員会に報告")';

const secondary = (sources: string[], unverified: string): Verification => ({ confidence: 'S', sources, unverified });

const hoursFrom = (n: number, words: string, from: 'awareAt' | 'discoveredAt' = 'awareAt'): Deadline => ({
  kind: 'period',
  from,
  period: { unit: 'hours', n },
  words,
});

// ---- EU Cyber Resilience Act, Regulation (EU) 2024/2847, Art 14 (applies from 2026-09-11, Art 71(2)) ----

const CRA_FROM = '2026-09-11';
const CRA_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://enobyte.com/en/legal/cra/14/index.html (Regulation (EU) 2024/2847 Art 14 text): (1) notify "any actively exploited vulnerability ... that it becomes aware of simultaneously to the CSIRT designated as coordinator ... and to ENISA", via the single reporting platform; (3) the same for "any severe incident having an impact on the security of the product with digital elements"',
    'Art 14(2) and (4) OJ wording quoted verbatim in public repositories (find_string "within 24 hours of the manufacturer becoming aware", "within one month after the submission of the incid"): (2)(a) early warning "without undue delay and in any event within 24 hours of the manufacturer becoming aware of it"; (2)(b) vulnerability notification "without undue delay and in any event within 72 hours of the manufacturer becoming aware of the actively exploited vulnerability"; (2)(c) final report "no later than 14 days after a corrective or mitigating measure is available"; (4)(a)-(b) the same 24 and 72 hours for a severe incident; (4)(c) final report "within one month after the submission of the incident notification under point (b)"',
    'Art 71(2) quoted verbatim in the same repositories: "This Regulation shall apply from 11 December 2027. However, Article 14 shall apply from 11 September 2026 and Chapter IV (Articles 35 to 51) shall apply from 11 June 2026."',
  ],
  unverified:
    "Read in quotations of the Official Journal text and a full-text mirror of Art 14, not on EUR-Lex itself. Art 14(6) intermediate reports on the CSIRT's request and Art 14(8) information to users are not modelled.",
};
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
    // PPC Rules Art 7(iv) counts "本人の数" (the principals whose data leaked), wherever they live: 600 in Japan and
    // 600 abroad are more than 1,000.
    { thresholds: [{ op: '>' as const, count: 1000, scope: 'total' as const }] },
    {
      judgment: {
        key: 'appiReportableCategory' as const,
        words:
          'the leak involves special care-required personal information, data whose misuse may cause property damage, or was done for an unlawful purpose (PPC Rules Art 7)',
      },
    },
  ],
};
const APPI_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `APPI (Act No. 57 of 2003) Art 26(1)-(2) and the PPC Rules (個人情報の保護に関する法律施行規則) Arts 7, 8 and 10, e-Gov text (https://laws.e-gov.go.jp/law/415AC0000000057, https://laws.e-gov.go.jp/law/428M60020000003) quoted verbatim in ${NOTES}: Art 7(iv) "個人データに係る本人の数が千人を超える漏えい等が発生し、又は発生したおそれがある事態"; Art 8(1) "事態を知った後、速やかに"; Art 8(2) "当該事態を知った日から三十日以内（当該事態が前条第三号に定めるものである場合にあっては、六十日以内）"; Art 10 (the principal) "当該事態の状況に応じて速やかに"`,
    'PPC Guidelines (General Rules) 3-5-3-3, quoted in the same notes: "「速やか」の日数の目安については、個別の事案によるものの、個人情報取扱事業者が当該事態を知った時点から概ね3～5日以内である。"',
  ],
  unverified:
    'Read in verbatim quotations of the e-Gov text, not on e-Gov itself. "Promptly" is shown as 3 days (the earlier end of the guidelines\' 3-5 days); the final report as 30 days, also for unlawful-purpose incidents whose period is 60 (Art 8(2)): 30 is earlier. The 2022-04-01 start (the 2020 amendment) was not read. The 2026 amendment (promulgated 2026-07-17, in force within two years by cabinet order) eases the notice to principals; it is not in force and not modelled.',
};

// ---- South Korea PIPA ----

const KR_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `PIPA (개인정보 보호법, Act No. 21445, in force 2026-09-11; https://www.law.go.kr/LSW/lsInfoP.do?lsId=011357) Art 34(1), (4) and Enforcement Decree (Presidential Decree No. 36671, in force 2026-09-11; https://www.law.go.kr/LSW/lsInfoP.do?lsiSeq=289537) Arts 39(1), 40(1), law.go.kr text quoted verbatim in ${NOTES}: Decree Art 39(1) "개인정보가 유출등이 되었음을 알게 되었을 때에는 서면등의 방법으로 72시간 이내에"; Art 40(1) "72시간 이내에" where "1. 1천명 이상의 정보주체에 관한 개인정보가 유출등이 된 경우 2. 민감정보 또는 고유식별정보가 유출등이 된 경우 3. ... 외부로부터의 불법적인 접근에 의해 개인정보가 유출등이 된 경우"; Art 40(3): the specialised agency is 한국인터넷진흥원 (KISA); Act Addenda Art 2: the amended Art 34(1), (4) apply to leaks learned of after 2026-09-11`,
  ],
  unverified:
    'Read in verbatim quotations of the law.go.kr text. The version from 2023-09-15 (the 2023 amendment that first set 72 hours) was not read: its periods and thresholds are taken to be those of the 2026 text, and its date is from secondary sources. Not modelled: the notice of a possible leak to everyone possibly affected (Art 34(2), Decree Art 39-2, from 2026-09-11); the delay allowed for urgent containment or force majeure (Decree Art 39(1) proviso: the conservative reading ignores it); the regulator exception where the data was recovered or deleted (Decree Art 40(1) proviso).',
};

/** Act No. 21445 and Presidential Decree No. 36671 took effect on 2026-09-11 (Act Addenda Art 1). */
const KR_2026 = '2026-09-11';
const KR_REPORTABLE = {
  residentsOf: 'KR',
  data: { any: true },
  anyOf: [
    // Decree Art 40(1)(i): "1천명 이상의 정보주체" counts data subjects, wherever they live.
    { thresholds: [{ op: '>=' as const, count: 1000, scope: 'total' as const }] },
    {
      judgment: {
        key: 'krSensitiveOrExternalAccess' as const,
        words:
          'sensitive or unique identifying information was leaked, or the leak resulted from unauthorised external access',
      },
    },
  ],
};

const UK_NIS_VERIFICATION = secondary(
  [
    'legislation.gov.uk, SI 2018/506 reg 1(1) (in force 10 May 2018), reg 11(1) ("An OES must notify the designated competent authority [in writing] about any incident which has a significant impact on the continuity of the essential service"), reg 11(3) (contents; the paragraph on timing was cut off in the copy read), reg 12(3) ("A RDSP must notify the Information Commissioner [in writing] about any incident having a substantial impact on the provision of any of the digital services")',
    'The 72-hour words of reg 11(3)(b) quoted in a public repository\'s UK notes (find_string "the operator is aware that a NIS incident"): "no later than 72 hours after the operator is aware that a NIS incident has occurred"',
  ],
  'The timing paragraphs reg 11(3)(b) and reg 12(6)(a) were not read in full in an official copy (issue 13, seventh pass: the legislation.gov.uk copies stored end at "(b)be provided to the competent authority—" and "(6) The notification under paragraph (3) must— (a) be made without undue de"); 72 hours from awareness for both is the reading shown. The Cyber Security and Resilience Bill (introduced 12 Nov 2025) would change these; not in force.',
);

const QC_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'CQLR c P-39.1 s. 3.5 (https://www.legisquebec.gouv.qc.ca/en/document/cs/p-39.1), quoted verbatim in a public repository (find_string "must promptly notify the Commission d"): "If the incident presents a risk of serious injury, the person carrying on an enterprise must promptly notify the Commission d\'accès à l\'information ... He must also notify any person whose personal information is concerned"',
  ],
  unverified:
    'Read in a quotation, not on LégisQuébec. The 2022-09-22 commencement of s. 3.5 is from memory. Counts are not kept per province, so any Canadian resident brings it in.',
};

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
    verification: {
      confidence: 'V',
      sources: [
        'CPS 234 para 35 (https://www.apra.gov.au/standards/cps-234), quoted verbatim in public repositories (find_string "72 hours, after becoming aware of an information"): "An APRA-regulated entity must notify APRA as soon as possible and, in any case, no later than 72 hours, after becoming aware of an information security incident that: (a) materially affected, or had the potential to materially affect, financially or non-financially, the entity or the interests of depositors, policyholders, beneficiaries or other customers; or (b) has been notified to other regulators, either in Australia or other jurisdictions."',
        'Para 36 as summarised in AWS guidance on CPS 234: a material control weakness, "no later than 10 business days"',
      ],
      unverified:
        "Read in quotations of the standard, not in APRA's PDF. The 2019-07-01 commencement is from memory. Footnote 14 (incidents already notified under CPS 231/232) is not modelled.",
    },
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
    // Counted from the CRA notification's own submission, never from another regulator's notice: the incident-wide
    // `regulatorNoticeSentAt` may record a GDPR or state notice sent days later, which would push this month past
    // the one Art 14(4)(c) gives. Until it is recorded the month runs from the 72-hour due time, the latest the
    // notification may go.
    sentAt: 'craIncidentNotificationSentAt',
    period: { unit: 'calendar_months', n: 1 },
    words: 'within one month after the submission of the incident notification under Art 14(4)(b)',
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
    verification: QC_VERIFICATION,
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
    verification: QC_VERIFICATION,
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
    verification: {
      confidence: 'S',
      sources: [
        'PIPA (Alberta) s. 34.1(1), quoted verbatim in two public repositories that could not be named (find_string "without unreasonable delay, provide notice to the"): an organization "must, without unreasonable delay, provide notice to the Commissioner of any incident involving the loss of or unauthorized access to or disclosure of the personal information where a reasonable person would consider that there exists a real risk of significant harm to an individual"',
        'https://www.oipc.ab.ca/action-items/how-to-report-a-privacy-breach.aspx (the Commissioner\'s office: "Organizations are required to notify the Commissioner of breaches without unreasonable delay where RROSH exists (section 34.1)")',
        'https://pirbright.ca/cyber-liability-insurance/personal-information-protection-act-pipa (s. 34.1(1) quoted in full: "An organization having personal information under its control must, without unreasonable delay, provide notice to the Commissioner ...")',
        'https://www.lexology.com/library/detail.aspx?g=9371a784-8490-4b04-937a-66ca16ae10e2 and https://kohi10.wordpress.com/2010/05/04/alberta-adds-pipa-breach-notification-law/ (the amendments "were proclaimed in force on May 1, 2010")',
        `${RESEARCH} ca-ab-pipa (M)`,
      ],
      unverified:
        "The words were read in the Commissioner's restatement and in quotations, not in the King's Printer text, so S (issue 13, seventh pass: no copy of the Act itself was found). The 2010-05-01 commencement is from two secondary sources. Counts are not kept per province, so any Canadian resident brings it in.",
    },
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
      [
        `${RESEARCH} uk-pecr-5a, eu-eprivacy-611 (S / M)`,
        'https://cy.theyworkforyou.com/debates/?id=2023-11-29b.937.2 (the government amendment to the DPDI Bill, 29 Nov 2023: in reg 5A(2) insert "and, where feasible, not later than 72 hours after having become aware of it"; in Regulation 611/2013 Art 2(2) "for the words from \'no\' to \'feasible\' substitute" the same, which confirms the present words run "no ... feasible")',
        'ICO, Personal data breaches: a guide, update of 20 August 2025 (via https://threatcluster.io/article/personal-data-breaches-a-guide-ef54fc0d): "the Data Use and Access Act changes the reporting timescales for breach reports under PECR from 24 hours to 72 hours after becoming aware of the breach"',
      ],
      'Neither PECR reg 5A nor Regulation 611/2013 was read in its own text, nor the commencement of the Data (Use and Access) Act 2025 provision. 24 hours from detection stays shown: it is never later than 72 hours from awareness.',
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
    verification: UK_NIS_VERIFICATION,
  },
  {
    id: 'uk-nis/regulator/rdsp',
    regime: 'uk-nis',
    jurisdiction: 'GB',
    recipient: 'regulator',
    recipientName: "Information Commissioner's Office (NIS)",
    citation: 'Network and Information Systems Regulations 2018 (SI 2018/506) reg 12(3), (6)(a)',
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
    verification: UK_NIS_VERIFICATION,
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
    citation: 'Personal Information Protection Act Art 34(1); Enforcement Decree Art 39(1)',
    versions: [
      {
        inForceFrom: '2023-09-15',
        inForceUntil: KR_2026,
        applies: { residentsOf: 'KR', data: { any: true } },
        deadline: hoursFrom(72, 'within 72 hours of becoming aware of the leak'),
      },
      {
        inForceFrom: KR_2026,
        citation: 'Personal Information Protection Act Art 34(1) (Act No. 21445); Enforcement Decree Art 39(1)',
        applies: { residentsOf: 'KR', data: { any: true } },
        deadline: hoursFrom(72, 'in writing or the like within 72 hours of becoming aware of the leak (유출등)'),
        notes: [
          'Since 2026-09-11 a leak includes forgery, alteration and damage (ransomware), and a possible leak must also be told within 72 hours to everyone possibly affected (Art 34(2), Decree Art 39-2), which is not listed separately here.',
        ],
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
    citation: 'Personal Information Protection Act Art 34(3); Enforcement Decree Art 40(1)',
    versions: [
      {
        inForceFrom: '2023-09-15',
        inForceUntil: KR_2026,
        applies: KR_REPORTABLE,
        deadline: hoursFrom(72, 'within 72 hours of becoming aware of the leak'),
      },
      {
        inForceFrom: KR_2026,
        citation: 'Personal Information Protection Act Art 34(4) (Act No. 21445); Enforcement Decree Art 40(1)',
        applies: KR_REPORTABLE,
        deadline: hoursFrom(72, 'within 72 hours of becoming aware of the leak (유출등)'),
      },
    ],
    verification: KR_VERIFICATION,
  },
];
