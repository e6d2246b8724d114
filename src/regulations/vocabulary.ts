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
  'data_processor',
  'au_app_entity',
  'au_apra_regulated',
  'in_certin_reporting_entity',
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
] as const;
export const triggerSchema = z.enum(TRIGGERS);
export type Trigger = z.infer<typeof triggerSchema>;

/**
 * Legal judgments the team makes. The engine never guesses one: where a regime hinges on a judgment that is
 * not given, the obligation is still listed, with the condition stated, so the team sees it and decides.
 * `false` means the team decided the condition is not met, and the obligation is dropped.
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
] as const;
export const judgmentSchema = z.enum(JUDGMENTS);
export type Judgment = z.infer<typeof judgmentSchema>;
