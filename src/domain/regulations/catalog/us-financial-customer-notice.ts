import type { DataScope, Deadline, Rule, Verification } from '../rule';

/**
 * Customer-notice regimes of US financial regulators, beyond the 36-hour bank rule and the FTC Safeguards Rule:
 * SEC Regulation S-P as amended in 2024, the banking agencies' GLBA Interagency Guidance on response programs and
 * the NCUA's Part 748 Appendix B, and the state mortgage regulators' incident rules (Texas SML, Arkansas).
 */

// ---- SEC Regulation S-P (17 CFR 248.30, Release 34-100155, 89 FR 47688, 3 June 2024) ----

const REG_SP_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://github.com/blocktransfer/org-docs/issues/13 (quotes 17 CFR 248.30(a)(5)(i)(B) as amended: service providers must "Provide notification to the covered institution as soon as possible, but no later than 72 hours after becoming aware that a breach in security has occurred, resulting in unauthorized access to a customer information system maintained by the service provider")',
    'https://www.helpnetsecurity.com/2024/05/20/sec-financial-institutions-rules/ via https://cyber.vumetric.com/security-news/2024/05/20/sec-requires-financial-institutions-to-notify-customers-of-breaches-within-30-days (the SEC\'s announcement: notice "as soon as practicable, but not later than 30 days, after becoming aware that an incident involving unauthorized access to or use of customer information has occurred or is reasonably likely to have occurred")',
    'http://federal.elaws.us/citation/89-FR-47785 (89 FR 47688, Release 34-100155, 3 June 2024: "Effective date: This rule is effective August 2, 2024")',
    'https://fairviewinvest.com/news/regulation-s-p-amendments-federal-register (the release: "Larger entities will have 18 months after the date of publication in the Federal Register to comply with the amendments, and smaller entities will have 24 months": 3 June 2024 + 18 and 24 months)',
    'https://www.paulhastings.com/insights/ph-privacy/deadline-to-comply-with-regulation-s-p-amendments-is-here-for-larger-entities and https://www.bakerdonelson.com/regulation-s-p-june-3-2026-compliance-deadline-for-smaller-investment-advisers (compliance dates 2025-12-03 and 2026-06-03)',
  ],
  unverified:
    "The words of 248.30(a)(5)(i)(B) were read in a quotation of the amended CFR text; the 30 days of 248.30(a)(4)(iii) in the SEC's own announcement of the rule, not in the CFR text itself. One alert (orical.org, June 2025) gives 2 December 2025 and 2 June 2026; its own later alert and the others give the 3rd, which follows from publication on 3 June 2024 plus 18 and 24 months.",
};

const REG_SP_LARGER = '2025-12-03';
const REG_SP_SMALLER = '2026-06-03';

const REG_SP_HARM = {
  key: 'regSpSubstantialHarmRisk' as const,
  words:
    'sensitive customer information was, or is reasonably likely to have been, accessed or used without authorization, and a reasonable investigation has not shown it is not reasonably likely to be used in a manner that would result in substantial harm or inconvenience (17 CFR 248.30(a)(4)(i))',
};

const REG_SP_AG_DELAY =
  'Notice may be delayed only if the US Attorney General informs the SEC in writing that it poses a substantial risk to national security or public safety: 30 days, extendable by 30 and, in extraordinary circumstances, a further 60 (248.30(a)(4)(iii)).';

const regSpIndividuals: Deadline = {
  kind: 'period',
  from: 'awareAt',
  period: { unit: 'calendar_days', n: 30 },
  words:
    'as soon as practicable, but not later than 30 days after becoming aware that unauthorized access to or use of customer information has occurred or is reasonably likely to have occurred',
};

const regSpServiceProvider: Deadline = {
  kind: 'period',
  from: 'awareAt',
  period: { unit: 'hours', n: 72 },
  words:
    'as soon as possible, but no later than 72 hours after becoming aware of a breach in security resulting in unauthorized access to a customer information system it maintains',
};

// ---- GLBA Interagency Guidance (70 FR 15736, 29 March 2005) and NCUA Part 748 Appendix B ----

/**
 * "Sensitive customer information": a customer's name, address, or telephone number, in combination with SSN,
 * driver's licence number, account number, credit or debit card number, or a PIN or password that would permit
 * access to the account; and any combination that would allow someone to log on to the account (user name and
 * password): Supplement A, III.A.1. An account number counts without a code.
 */
const SENSITIVE_CUSTOMER_INFORMATION: DataScope = {
  identifiers: ['name', 'address', 'phone'],
  withName: [
    'ssn',
    'drivers_license',
    'financial_account',
    'financial_account_with_access_code',
    'payment_card',
    'credentials',
  ],
  standalone: ['credentials'],
};

const GLBA_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://fdic.gov./news/financial-institution-letters/2005/fil2705.html (FDIC FIL-27-2005, transmitting the Guidance, lists its components in its words: "Notifying its primary federal regulator as soon as possible when the institution becomes aware of an incident involving unauthorized access to or use of sensitive customer information"; "Consistent with the agencies\' Suspicious Activity Report (SAR) regulations, filing a timely SAR, and in situations involving federal criminal violations requiring immediate attention, such as when a reportable violation is ongoing, promptly notifying appropriate law enforcement authorities"; "Notifying customers when warranted")',
    'https://www.banklawyersblog.com/3_bank_lawyers/2005/04/index.html (Supplement A, II.A.1 quoted: "Notifying its primary Federal regulator as soon as possible when the institution becomes aware of an incident involving unauthorized access to or use of sensitive customer information, as defined below")',
    'https://iabfm.org/iafm-publication.php?id=265 (OCC Bulletin of 14 April 2005 quoting Supplement A, III.A: "If the institution determines that misuse of its information about a customer has occurred or is reasonably possible, it should notify the affected customer as soon as possible"; delay only on a written law-enforcement request)',
    "http://itlaw.wikia.com/wiki/Sensitive_customer_information (Supplement A, III.A.1 quoted: \"a customer's name, address, or telephone number, in conjunction with the customer's social security number, driver's license number, account number, credit or debit card number, or a personal identification number or password that would permit access to the customer's account ... any combination of components of customer information that would allow someone to log onto or access the customer's account, such as user name and password or password and account number\")",
    'https://api.ai-analytics.org/indep-rule/05-5980.md (Federal Register metadata of 70 FR 15736: published and effective 2005-03-29)',
  ],
  unverified:
    'Supplement A was read in the passages the agencies\' own transmittals (FDIC FIL-27-2005, OCC bulletin) and two copies quote, not in the CFR appendix itself (12 CFR Part 30 App. B Supp. A; Part 364 App. B Supp. A). "Notifying customers when warranted" has no period: "as soon as possible" (III.A) is the only timing.',
};

/**
 * NCUA Part 748 Appendix B, the credit-union twin of Supplement A. The notice to NCUA was read in NCUA's own words;
 * the member and law-enforcement notices only in summaries, so those keep the banking agencies' wording, which the
 * NCUA says Appendix B follows.
 */
const NCUA_GUIDANCE_SOURCES = [
  'https://ncua.gov/newsroom/ncua-report/2017/do-you-need-notify-ncua-regional-director-information-security-incident (NCUA: "Appendix B to Part 748 ... states that a credit union\'s response program should contain procedures for notifying the appropriate NCUA regional director. A federally insured, state-chartered credit union should also have procedures to notifiy their state supervisory authority as well. Notification should occur as soon as possible after the credit union becomes aware of an incident involving unauthorized access to or use of sensitive member information.")',
  'https://api.ai-analytics.org/indep-rule/05-7836.md (Federal Register metadata of 70 FR 22764, the final rule adding Appendix B: "Published 2005-05-02 · Effective 2005-06-01")',
  'https://self-law.org/code/ia/chapter-533-credit-unions/533-331 (Iowa Code § 533.331 restates the Appendix B regulator notice "as soon as possible after the credit union becomes aware")',
];

const NCUA_GUIDANCE_REGULATOR_VERIFICATION: Verification = {
  confidence: 'V',
  sources: NCUA_GUIDANCE_SOURCES,
  unverified:
    "Read in the NCUA's own restatement of Appendix B, not in the CFR appendix. The NCUA proposed on 11 Dec 2025 to remove Appendix B from the CFR and republish it as a Letter to Credit Unions (90 FR 57397); no final rule was found, and the guidance would continue either way.",
};

const NCUA_GUIDANCE_VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    ...NCUA_GUIDANCE_SOURCES,
    'https://cuinsight.com/ncua-follows-banking-regulators-proposes-cyber-incident-notification-rule (Appendix B: notify the regional office "as soon as possible" and members "when warranted")',
    'https://cutimes.com/2006/05/09/notification-of-ncua-unnecessary-for-every-potential-security-breach/?amp=1 (NCUA Legal Opinion Letter 06-0332 on the Appendix B notices)',
  ],
  unverified:
    "The member notice (III.A) and the law-enforcement notice (II.A.1.c) of Appendix B were not read in their own words; they are taken to mirror the banking agencies' Supplement A (misuse occurred or reasonably possible: notify as soon as possible; SAR and law enforcement for urgent federal crimes), which the NCUA says Appendix B was coordinated with. Issue 13, seventh pass: the stored copy of Appendix B (https://ecfr.io/Title-12/Part-748/Appendix-B) ends inside I.A, before II and III. The proposal to move Appendix B out of the CFR (90 FR 57397) had no final rule in the sources found.",
};

// 70 FR 22764 (2 May 2005): the rule adding Appendix B took effect on 1 June 2005, not on publication.
const NCUA_APPENDIX_B_IN_FORCE = '2005-06-01';

const MISUSE = {
  key: 'glbaMisuseReasonablyPossible' as const,
  words: 'a reasonable investigation found that misuse of the information has occurred or is reasonably possible',
};

const URGENT_CRIME = {
  key: 'glbaUrgentCriminalViolation' as const,
  words:
    'the incident involves a federal criminal violation requiring immediate attention, such as an ongoing reportable violation',
};

const asSoonAsPossible = (words: string): Deadline => ({ kind: 'no_fixed_period', from: 'awareAt', words });

// ---- state mortgage regulators ----

const TX_SML_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://regulations.justia.com/states/texas/title-7/part-4/chapter-57/subchapter-c/section-57-210 (7 TAC § 57.210(b) 30 days after becoming aware; (c) copy of notices to other agencies at the time made; (d) root cause analysis within 120 days)',
    'https://d1tvxue8o4w0fl.cloudfront.net/regulation/texas-administrative-code/title-7-banking-and-securities/part-4-department-of-savings-and-mortgage-lending/chapter-56-residential-mortgage-loan-companies/subchapter-c-effective-11232024-duties-and-responsibilities/section-56205-mortgage-call-reports (chapter 56 subchapter C effective 2024-11-23)',
  ],
  unverified:
    'The text of § 56.210 (mortgage companies) was not read; it is taken to mirror § 57.210. The definition of "reportable incident" in (a) was not in the text read, so no condition narrows it here.',
};

const AR_FMLA_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://regulations.justia.com/states/arkansas/agency-214/rule-214-00-07-001 (Rules of the Arkansas Securities Commissioner under the FMLA, Rule 5010-1(1): "within two business days following the date on which the licensee either discovered or ... should have discovered")',
    'https://www.dwt.com/gcp/states/arkansas (Ark. Admin. Code § 214.00.2-5010, revised 2019-07-30)',
    'http://statutes.laws-info.com/arkansas/title-1/chapter-5/1-5-101 and https://www.legalfix.com/statutes/state-codes/arkansas/title-1/chapter-5/section-1-5-101 (Ark. Code § 1-5-101, the holidays business days skip; §§ 1-5-106 and 1-5-114 memorial days at https://policyrisk.com/states/arkansas/statutes/1-5-106 and https://legalclarity.org/is-juneteenth-a-state-holiday-in-arkansas-2)',
  ],
  unverified:
    "The rule's first effective date is unknown: it is listed from 2019-07-24 (the FMLA edition effective that day; DWT described the rule by 2019-07-30). Business days use Arkansas's own holidays (Ark. Code § 1-5-101, time/state-holidays.ts `us-ar`): Christmas Eve is skipped, Columbus Day and Juneteenth are not. Whether the Commissioner's rules define \"business day\" otherwise was not read. Act 262 of 2025 (HB 1466) adds a notice to the Commissioner within 45 days of discovering the acquisition of unencrypted customer information (per https://thewbkfirm.com/industry/arkansas-data-security-requirements-for-mortgage-licensees); its threshold and effective date were not read, so it is not encoded.",
};

/**
 * Minnesota's Nonbank Data Security Law, Minn. Stat. ch. 46A (2024, the CSBS model law), for mortgage, money-services
 * and consumer-finance licensees of the Department of Commerce. § 46A.06, subd. 1(a), read in the text: "if the
 * notification event involves the information of at least 500 consumers, a financial institution must notify the
 * commissioner without undue delay, but no later than 45 days after the date the event is discovered."
 * A licensee that is a GLBA financial institution is outside Minn. Stat. § 325E.61 (subd. 4), so this is its
 * Minnesota notice.
 */
const MN_NONBANK_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://codes.findlaw.com/mn/banking-ch-46-59/mn-st-sect-46a-06/ (Minn. Stat. § 46A.06, "Current as of January 01, 2025"): subd. 1(a) "Upon discovering a notification event as described in subdivision 2, if the notification event involves the information of at least 500 consumers, a financial institution must notify the commissioner without undue delay, but no later than 45 days after the date the event is discovered"',
    'https://self-law.org/code/mn/chapter-46/46a-06 (same text)',
    'https://mn.gov/commerce/money/industry/nonbank-data-security/ (Commerce: "passed by the 2024 Minnesota Legislature"; applies to "mortgage, money services and consumer finance entities licensed by the Department of Commerce")',
    'https://cybsecwizard.com/?p=3544 (the law "goes into effect on Thursday")',
  ],
  unverified:
    'The in-force date is inferred: the 2024 act took effect on a Thursday (secondary) and Minnesota acts take effect on 1 August by default (Minn. Stat. § 645.02); 1 August 2024 was a Thursday. Whether "consumers" counts only Minnesota residents was not read (§ 46A.01 not reached): all affected people are counted, the lower effective threshold. The definition of "notification event" (subd. 2: acquisition of unencrypted customer information) is from a secondary summary, so any personal data is in scope.',
};

/** Rule 5010-1(1): "a loan applicant's or borrower's financial information or social security number". */
const BORROWER_FINANCIAL_DATA: DataScope = {
  standalone: ['ssn', 'financial_account', 'financial_account_with_access_code', 'payment_card', 'tax_id'],
};

export const US_FINANCIAL_CUSTOMER_NOTICE_RULES: Rule[] = [
  {
    id: 'mn-nonbank/regulator',
    regime: 'mn-nonbank',
    jurisdiction: 'US-MN',
    recipient: 'regulator',
    recipientName: "Minnesota Commissioner of Commerce (electronic form on the Department's website)",
    citation: 'Minn. Stat. § 46A.06, subd. 1',
    versions: [
      {
        inForceFrom: '2024-08-01',
        applies: {
          entityTypes: ['minnesota_commerce_licensee'],
          data: { any: true },
          encryptionSafeHarbor: true,
          // "at least 500 consumers": every affected person counted, not only Minnesotans (the lower threshold).
          thresholds: [{ op: '>=', count: 500, scope: 'total' }],
        },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'calendar_days', n: 45 },
          words: 'without undue delay, but no later than 45 days after the date the event is discovered',
        },
      },
    ],
    verification: MN_NONBANK_VERIFICATION,
  },
  {
    id: 'reg-sp/individuals',
    regime: 'reg-sp',
    jurisdiction: 'US',
    recipient: 'individuals',
    recipientName:
      'each affected individual whose sensitive customer information was, or is reasonably likely to have been, accessed or used without authorization',
    citation: '17 CFR 248.30(a)(4) (Regulation S-P, as amended by Release 34-100155, 89 FR 47688)',
    versions: [
      {
        inForceFrom: REG_SP_LARGER,
        applies: {
          entityTypes: ['sec_reg_sp_institution'],
          excludedEntityTypes: ['sec_reg_sp_smaller_entity'],
          data: { any: true },
          judgment: REG_SP_HARM,
        },
        deadline: regSpIndividuals,
        notes: [REG_SP_AG_DELAY, 'Larger entities must comply from 2025-12-03; smaller entities from 2026-06-03.'],
      },
      {
        inForceFrom: REG_SP_SMALLER,
        applies: {
          entityTypes: ['sec_reg_sp_institution', 'sec_reg_sp_smaller_entity'],
          data: { any: true },
          judgment: REG_SP_HARM,
        },
        deadline: regSpIndividuals,
        notes: [REG_SP_AG_DELAY],
      },
    ],
    verification: REG_SP_VERIFICATION,
  },
  {
    id: 'reg-sp/data_owner/service-provider',
    regime: 'reg-sp',
    jurisdiction: 'US',
    recipient: 'data_owner',
    recipientName:
      'the covered institution (broker-dealer, adviser, fund, transfer agent) whose customer information the service provider maintains',
    citation: '17 CFR 248.30(a)(5)(i) (Regulation S-P, as amended 2024)',
    versions: [
      {
        // The institution's compliance date (2025-12-03 at the earliest) is when its contracts must carry this
        // term; a provider cannot tell whether its client is a smaller entity, so the earlier date is used.
        inForceFrom: REG_SP_LARGER,
        applies: { entityTypes: ['sec_reg_sp_service_provider'], data: { any: true } },
        deadline: regSpServiceProvider,
        notes: [
          'A term the covered institution must obtain from its service provider (reasonably designed policies and oversight); the contract may set a shorter period.',
          "The institution's own 30-day customer notice runs from when it becomes aware, which may be on receipt of this notice.",
        ],
      },
    ],
    verification: REG_SP_VERIFICATION,
  },
  {
    id: 'glba-guidance/regulator',
    regime: 'glba-guidance',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: "the bank's primary federal regulator (OCC, Federal Reserve or FDIC)",
    citation:
      'Interagency Guidance on Response Programs, Supplement A, II.A.1.b: 12 CFR Part 30 App. B (OCC); 12 CFR Part 208 App. D-2 and Part 225 App. F (Fed); 12 CFR Part 364 App. B (FDIC)',
    versions: [
      {
        inForceFrom: '2005-03-29',
        applies: { entityTypes: ['us_bank'], data: SENSITIVE_CUSTOMER_INFORMATION },
        deadline: asSoonAsPossible(
          'as soon as possible after becoming aware of an incident involving unauthorized access to or use of sensitive customer information',
        ),
        notes: ['Separate from, and in addition to, the 36-hour notification-incident rule (12 CFR 53.3 etc.).'],
      },
    ],
    verification: GLBA_VERIFICATION,
  },
  {
    id: 'glba-guidance/individuals',
    regime: 'glba-guidance',
    jurisdiction: 'US',
    recipient: 'individuals',
    recipientName: 'each affected customer',
    citation: 'Interagency Guidance on Response Programs, Supplement A, III.A (customer notice)',
    versions: [
      {
        inForceFrom: '2005-03-29',
        applies: { entityTypes: ['us_bank'], data: SENSITIVE_CUSTOMER_INFORMATION, judgment: MISUSE },
        deadline: asSoonAsPossible(
          'as soon as possible once the investigation shows misuse has occurred or is reasonably possible',
        ),
        notes: [
          'Delay only if an appropriate law enforcement agency determines notice will interfere with a criminal investigation and gives the bank a written request for the delay.',
        ],
      },
    ],
    verification: GLBA_VERIFICATION,
  },
  {
    id: 'glba-guidance/law_enforcement',
    regime: 'glba-guidance',
    jurisdiction: 'US',
    recipient: 'law_enforcement',
    recipientName: 'appropriate law enforcement authorities, in addition to a timely Suspicious Activity Report',
    citation: 'Interagency Guidance on Response Programs, Supplement A, II.A.1.c',
    versions: [
      {
        inForceFrom: '2005-03-29',
        applies: { entityTypes: ['us_bank'], data: SENSITIVE_CUSTOMER_INFORMATION, judgment: URGENT_CRIME },
        deadline: asSoonAsPossible(
          'promptly, in situations involving federal criminal violations requiring immediate attention (such as an ongoing reportable violation), in addition to a timely SAR',
        ),
      },
    ],
    verification: GLBA_VERIFICATION,
  },
  {
    id: 'ncua-guidance/regulator',
    regime: 'ncua-guidance',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName:
      'the appropriate NCUA Regional Director (and, for a federally insured state-chartered credit union, its state supervisory authority)',
    citation: '12 CFR Part 748, Appendix B, II.A.1.b',
    versions: [
      {
        inForceFrom: NCUA_APPENDIX_B_IN_FORCE,
        applies: { entityTypes: ['credit_union'], data: SENSITIVE_CUSTOMER_INFORMATION },
        deadline: asSoonAsPossible(
          'as soon as possible after becoming aware of an incident involving unauthorized access to or use of sensitive member information',
        ),
        notes: ['Separate from the 72-hour reportable cyber incident notice (12 CFR 748.1(c)).'],
      },
    ],
    verification: NCUA_GUIDANCE_REGULATOR_VERIFICATION,
  },
  {
    id: 'ncua-guidance/individuals',
    regime: 'ncua-guidance',
    jurisdiction: 'US',
    recipient: 'individuals',
    recipientName: 'each affected member',
    citation: '12 CFR Part 748, Appendix B, III.A',
    versions: [
      {
        inForceFrom: NCUA_APPENDIX_B_IN_FORCE,
        applies: { entityTypes: ['credit_union'], data: SENSITIVE_CUSTOMER_INFORMATION, judgment: MISUSE },
        deadline: asSoonAsPossible(
          'as soon as possible once the investigation shows misuse has occurred or is reasonably possible',
        ),
      },
    ],
    verification: NCUA_GUIDANCE_VERIFICATION,
  },
  {
    id: 'ncua-guidance/law_enforcement',
    regime: 'ncua-guidance',
    jurisdiction: 'US',
    recipient: 'law_enforcement',
    recipientName: 'appropriate law enforcement authorities, in addition to a timely Suspicious Activity Report',
    citation: '12 CFR Part 748, Appendix B, II.A.1.c',
    versions: [
      {
        inForceFrom: NCUA_APPENDIX_B_IN_FORCE,
        applies: { entityTypes: ['credit_union'], data: SENSITIVE_CUSTOMER_INFORMATION, judgment: URGENT_CRIME },
        deadline: asSoonAsPossible(
          'promptly, in situations involving federal criminal violations requiring immediate attention (such as an ongoing reportable violation), in addition to a timely SAR',
        ),
      },
    ],
    verification: NCUA_GUIDANCE_VERIFICATION,
  },
  {
    id: 'tx-sml/regulator',
    regime: 'tx-sml',
    jurisdiction: 'US-TX',
    recipient: 'regulator',
    recipientName: 'Texas Department of Savings and Mortgage Lending (SML Commissioner): written incident report',
    citation: '7 TAC § 56.210(b) (mortgage companies); 7 TAC § 57.210(b) (mortgage bankers)',
    versions: [
      {
        inForceFrom: '2024-11-23',
        applies: { entityTypes: ['texas_sml_licensee'] },
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'calendar_days', n: 30 },
          words: 'within 30 days after the date the licensee becomes aware of the reportable incident',
        },
        notes: [
          'A copy of a notice sent to another agency under subsection (c) satisfies this report (except the root cause analysis).',
        ],
      },
    ],
    verification: TX_SML_VERIFICATION,
  },
  {
    id: 'tx-sml/regulator/copy-of-agency-notice',
    regime: 'tx-sml',
    jurisdiction: 'US-TX',
    recipient: 'regulator',
    recipientName:
      'Texas Department of Savings and Mortgage Lending: a copy of each notification sent to another agency',
    citation: '7 TAC § 56.210(c); 7 TAC § 57.210(c)',
    versions: [
      {
        inForceFrom: '2024-11-23',
        // Listed once a notice to another agency is recorded as sent; until then the 30-day report stands.
        applies: { entityTypes: ['texas_sml_licensee'], requiresFacts: ['regulatorNoticeSentAt'] },
        deadline: {
          kind: 'period',
          from: 'regulatorNoticeSentAt',
          period: { unit: 'hours', n: 0 },
          words: 'at the time the notification to the other agency is made',
        },
      },
    ],
    verification: TX_SML_VERIFICATION,
  },
  {
    id: 'tx-sml/regulator/root-cause-analysis',
    regime: 'tx-sml',
    jurisdiction: 'US-TX',
    recipient: 'regulator',
    recipientName: 'Texas Department of Savings and Mortgage Lending: root cause analysis report',
    citation: '7 TAC § 56.210(d); 7 TAC § 57.210(d)',
    versions: [
      {
        inForceFrom: '2024-11-23',
        applies: { entityTypes: ['texas_sml_licensee'] },
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'calendar_days', n: 120 },
          words: 'within 120 days after the date the licensee becomes aware that the security event occurred',
        },
        notes: ['Required for a security event that triggered a notification to another agency under subsection (c).'],
      },
    ],
    verification: TX_SML_VERIFICATION,
  },
  {
    id: 'ar-fmla/regulator',
    regime: 'ar-fmla',
    jurisdiction: 'US-AR',
    recipient: 'regulator',
    recipientName: 'Arkansas Securities Commissioner',
    citation:
      'Rules of the Arkansas Securities Commissioner under the Fair Mortgage Lending Act, Rule 5010-1(1) (Ark. Admin. Code 214.00.7-001)',
    versions: [
      {
        inForceFrom: '2019-07-24',
        applies: { entityTypes: ['arkansas_fmla_licensee'], data: BORROWER_FINANCIAL_DATA },
        deadline: {
          kind: 'period',
          // "discovered or, in the exercise of reasonable diligence, should have discovered": discovery is the
          // earliest instant the incident records.
          from: 'discoveredAt',
          period: {
            unit: 'business_days',
            n: 2,
            calendar: 'us-ar',
            timeZone: 'America/Chicago',
            dueLocalTime: '17:00',
          },
          words:
            'within two business days following the date the licensee discovered, or with reasonable diligence should have discovered, the unauthorized disclosure or breach (by 5 p.m. Central, the close of business)',
        },
      },
    ],
    verification: AR_FMLA_VERIFICATION,
  },
  {
    id: 'ar-fmla/individuals',
    regime: 'ar-fmla',
    jurisdiction: 'US-AR',
    recipient: 'individuals',
    recipientName: 'each affected loan applicant, borrower and other affected person',
    citation: 'Rules of the Arkansas Securities Commissioner under the Fair Mortgage Lending Act, Rule 5010-1(1)',
    versions: [
      {
        inForceFrom: '2019-07-24',
        applies: { entityTypes: ['arkansas_fmla_licensee'], data: BORROWER_FINANCIAL_DATA },
        deadline: {
          kind: 'no_fixed_period',
          from: 'discoveredAt',
          words: 'within a reasonable time following the disclosure or breach, using reasonable diligence',
        },
      },
    ],
    verification: AR_FMLA_VERIFICATION,
  },
];
