import { z } from 'zod';

/**
 * The words the deadline engine and the bot share. Every list is a zod enum so that facts typed in Slack,
 * facts files given to the CLI and records read back from Redis are checked against the same vocabulary.
 */

/** What the organisation is. Sector and federal regimes are selected by these, never guessed. */
export const ENTITY_TYPES = [
  'sec_registrant',
  'sec_smaller_reporting_company',
  'hipaa_covered_entity',
  'hipaa_business_associate',
  'phr_vendor',
  'nydfs_covered_entity',
  'ftc_financial_institution',
  'us_bank',
  'bank_service_provider',
  'credit_union',
  'critical_infrastructure',
  'eu_essential_entity',
  'eu_important_entity',
  'eu_financial_entity',
  'ginnie_mae_issuer',
  'fannie_mae_servicer',
  'freddie_mac_servicer',
  'fha_mortgagee',
  'texas_sml_licensee',
  'arkansas_fmla_licensee',
  /** A mortgage, money-services or consumer-finance licensee of the Minnesota Department of Commerce (Minn. Stat. ch. 46A). */
  'minnesota_commerce_licensee',
  'data_processor',
  'au_app_entity',
  'au_apra_regulated',
  'in_certin_reporting_entity',
  /**
   * US state breach statutes' "maintains computerized data that it does not own or license": a vendor, service
   * provider, third-party agent or (in US terms) processor, which must tell the owner (recipient `data_owner`).
   */
  'data_maintainer',
  /** SEC Regulation S-P covered institution: broker-dealer, funding portal, investment company, registered adviser, transfer agent. */
  'sec_reg_sp_institution',
  /** A Regulation S-P covered institution that is a "smaller entity" (compliance from 2026-06-03, not 2025-12-03). */
  'sec_reg_sp_smaller_entity',
  /** A service provider with access to a Regulation S-P covered institution's customer information (17 CFR 248.30(a)(5)). */
  'sec_reg_sp_service_provider',
  /** A licensee of a state insurance department (insurer, producer) under a state law on the NAIC Insurance Data Security Model Law. */
  'insurance_licensee',
  /** A third-party service provider to a PHR vendor or PHR related entity (16 CFR 318.3(b)). */
  'phr_service_provider',
  /** California licensed clinic, health facility, home health agency or hospice (Cal. Health & Safety Code § 1280.15). */
  'ca_health_facility',
  /** Manufacturer of a product with digital elements made available on the EU market (Cyber Resilience Act). */
  'eu_cra_manufacturer',
  /** Provider of a public electronic communications service in the UK (PECR reg 5A). */
  'uk_pecr_provider',
  /** Operator of an essential service under the UK NIS Regulations 2018. */
  'uk_nis_oes',
  /** Relevant digital service provider under the UK NIS Regulations 2018 (online marketplace, search engine, cloud). */
  'uk_nis_rdsp',
  /** Telecommunications carrier or interconnected VoIP provider holding CPNI (47 CFR 64.2011). */
  'us_telecom_carrier',
] as const;
export const entityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** Kinds of data taken. "name" matters because most US statutes need a name combined with another element. */
export const DATA_TYPES = [
  'name',
  'address',
  'phone',
  'email',
  'dob',
  'ssn',
  'drivers_license',
  'state_id',
  'passport',
  'military_id',
  'tax_id',
  'financial_account',
  'financial_account_with_access_code',
  'payment_card',
  'credentials',
  'health',
  'health_insurance',
  'biometric',
  'genetic',
  'precise_geolocation',
  'mothers_maiden_name',
  'digital_signature',
] as const;
export const dataTypeSchema = z.enum(DATA_TYPES);
export type DataType = z.infer<typeof dataTypeSchema>;

/** Who must be told. */
export const RECIPIENTS = [
  'regulator',
  'individuals',
  'media',
  'credit_bureaus',
  'covered_entity',
  'law_enforcement',
  'other',
  /** The GDPR controller a processor works for (Art 33(2)). */
  'controller',
  /** A contractual counterparty that requires notice: Ginnie Mae, Fannie Mae, Freddie Mac, a bank that buys services. */
  'counterparty',
  /** Not a notice: an internal step with its own legal clock (Australia's 30-day assessment). */
  'internal',
  /** The owner or licensee of the data, told by the organisation that maintains it (US state vendor clauses, Reg S-P). */
  'data_owner',
] as const;
export const recipientSchema = z.enum(RECIPIENTS);
export type Recipient = z.infer<typeof recipientSchema>;

/**
 * The instants a clock can count from. A regime names the one its law uses; when the incident does not
 * record that instant the engine falls back to `discoveredAt`, the earliest and so the conservative choice.
 */
export const TRIGGERS = [
  'discoveredAt',
  'awareAt',
  'determinedAt',
  'harmDeterminedAt',
  'scopeIdentifiedAt',
  'materialityDeterminedAt',
  'classifiedMajorAt',
  'ransomPaidAt',
  'individualNoticeSentAt',
  'regulatorNoticeSentAt',
  /**
   * When the organisation determined, in writing, that a breach is not likely to cause harm: the clock of the
   * determinations some states want filed (Florida: 30 days; New York: 10 days).
   */
  'noHarmDeterminedAt',
  /** When the HIPAA notice to the Secretary of HHS went out: New York and Illinois want a copy within 5 business days. */
  'hhsNoticeSentAt',
  /** Singapore PDPA s.26D(1): the day the organisation assesses the breach as notifiable. */
  'assessedNotifiableAt',
  /**
   * Follow-up reports counted from an earlier report (NIS2 final report, DORA intermediate and final reports).
   * They get their own instants because `regulatorNoticeSentAt` cannot tell which regulator's notice it means
   * when GDPR, NIS2 and DORA notices all go out for one incident. The EU Cyber Resilience Act's final report on a
   * severe incident runs from the submission of its own incident notification (Regulation (EU) 2024/2847 Art 14(4)(c)).
   */
  'nis2NotificationSentAt',
  'doraInitialNotificationSentAt',
  'doraIntermediateReportSentAt',
  'craIncidentNotificationSentAt',
] as const;
export const triggerSchema = z.enum(TRIGGERS);
export type Trigger = z.infer<typeof triggerSchema>;

/**
 * Legal judgments the team makes. The engine never guesses one: where a regime hinges on a judgment that is
 * not given, the obligation is still listed, with the condition stated, so the team sees it and decides.
 * A decision drops the obligations that depend on the other answer, and only those: `riskOfHarm: false` drops the
 * notices a state excuses and lists the determination that state wants filed instead (rule.ts, JudgmentCondition).
 */
export const JUDGMENTS = [
  'riskOfHarm',
  'gdprRisk',
  'gdprHighRisk',
  'secMaterial',
  'nydfsCybersecurityIncident',
  'bankNotificationIncident',
  'ncuaReportableIncident',
  'nis2Significant',
  'doraMajor',
  'realRiskOfSignificantHarm',
  'likelySeriousHarm',
  'significantHarm',
  'relevantRisk',
  /** HIPAA 45 CFR 164.402: a breach of unsecured PHI is presumed unless a risk assessment shows a low probability of compromise. */
  'hipaaBreach',
  /** 12 CFR 53.2(b)(7) etc.: a bank service provider's incident disrupted or degraded covered services for four or more hours. */
  'bankServiceDisruption',
  /** FHA ML 2024-23: a "Reportable Cyber Incident" (materially disrupts or degrades originating or servicing FHA loans). */
  'fhaReportableCyberIncident',
  /** CIRCIA 6 U.S.C. 681b: a "covered cyber incident" (substantial, as the final rule will define it). */
  'circiaCoveredIncident',
  /**
   * The organisation relies on a state statute's no-harm exception instead of notifying individuals, a choice
   * some states attach their own notice to (Alaska: AS 45.48.010(c) written notice to the Attorney General).
   */
  'relyingOnNoHarmException',
  /**
   * N.Y. Gen. Bus. Law § 899-aa(2)(a): the exposure was an inadvertent disclosure by persons authorised to access
   * the information, and the organisation reasonably determines it will not likely cause misuse or harm. True
   * excuses the New York notices and creates the written determination to the Attorney General (over 500).
   */
  'inadvertentDisclosureNoHarm',
  /**
   * Fannie Mae Selling Guide A3-2-01 (2024-09-04 to 2025-08-11): the breach requires notice to state agencies or
   * other regulators, or involves intentional unauthorised access to or misuse of borrower NPI (either makes the
   * 72-hour notice due whatever the number of borrowers).
   */
  'fannieMaeReportableBreach',
  /** Georgia O.C.G.A. § 10-1-911(3): the organisation is an "information broker" (sells personal information to third parties). */
  'informationBroker',
  /**
   * Regulation S-P 17 CFR 248.30(a)(4)(i): notice is required unless, after a reasonable investigation, the
   * institution determines sensitive customer information has not been and is not reasonably likely to be used in
   * a manner that would result in substantial harm or inconvenience.
   */
  'regSpSubstantialHarmRisk',
  /** GLBA Interagency Guidance Supp. A III.A: misuse of the customer's information has occurred or is reasonably possible. */
  'glbaMisuseReasonablyPossible',
  /** GLBA Interagency Guidance Supp. A II.A.1.c: a federal criminal violation that requires immediate attention (e.g. ongoing). */
  'glbaUrgentCriminalViolation',
  /**
   * NAIC Model 668 § 6(A)(2): a notice to another government body is required, or there is a reasonable likelihood
   * of material harm to a consumer or to a material part of the licensee's normal operations.
   */
  'insuranceEventReportable',
  /** APRA CPS 234 para 35: the incident materially affected, or had the potential to, the entity or its customers' interests. */
  'apraMaterialIncident',
  /** EU Cyber Resilience Act Art 14(1): an actively exploited vulnerability in the product. */
  'craActivelyExploitedVulnerability',
  /** EU Cyber Resilience Act Art 14(3): a severe incident having an impact on the security of the product. */
  'craSevereIncident',
  /** Québec private-sector Act s. 3.5: the confidentiality incident presents a risk of serious injury. */
  'seriousInjuryRisk',
  /** Japan APPI Art 26 and PPC Rules Art 7: a reportable category (sensitive data, financial damage, unlawful purpose). */
  'appiReportableCategory',
  /** South Korea PIPA Art 34(3): sensitive or unique identifying information, or leaked through unauthorised external access. */
  'krSensitiveOrExternalAccess',
  /** UK NIS Regulations 2018 reg 11(1) / 12(3): a significant (OES) or substantial (RDSP) impact on the service. */
  'ukNisSignificantImpact',
] as const;
export const judgmentSchema = z.enum(JUDGMENTS);
export type Judgment = z.infer<typeof judgmentSchema>;
