import type { Rule } from '../rule';
import { AUSTRALIA_NDB_RULES } from './australia-ndb';
import { BANKING_RULES } from './banking';
import { BRAZIL_LGPD_RULES } from './brazil-lgpd';
import { CIRCIA_RULES } from './circia';
import { DORA_RULES } from './dora';
import { FTC_SAFEGUARDS_RULES } from './ftc-safeguards';
import { GDPR_RULES } from './gdpr';
import { HIPAA_RULES } from './hipaa';
import { INDIA_RULES } from './india';
import { INTERNATIONAL_MORE_RULES } from './international-more';
import { withLawEnforcementDelay } from './law-enforcement-delay';
import { MORTGAGE_SERVICING_RULES } from './mortgage-servicing';
import { NIS2_RULES } from './nis2';
import { NYDFS_RULES } from './nydfs';
import { PIPEDA_RULES } from './pipeda';
import { SEC_RULES } from './sec';
import { SINGAPORE_PDPA_RULES } from './singapore-pdpa';
import { US_FINANCIAL_CUSTOMER_NOTICE_RULES } from './us-financial-customer-notice';
import { US_HEALTH_AND_TELECOM_RULES } from './us-health-and-telecom';
import { US_INSURANCE_DATA_SECURITY_RULES } from './us-insurance-data-security';
import { US_STATE_SERVICE_PROVIDER_RULES } from './us-state-service-providers';
import { US_STATE_RULES } from './us-states';

/** Federal, sector, investor and non-US regimes: everything except the per-state statutes. */
export const NON_STATE_RULES: Rule[] = [
  ...GDPR_RULES,
  ...HIPAA_RULES,
  ...SEC_RULES,
  ...NYDFS_RULES,
  ...FTC_SAFEGUARDS_RULES,
  ...BANKING_RULES,
  ...CIRCIA_RULES,
  ...NIS2_RULES,
  ...DORA_RULES,
  ...PIPEDA_RULES,
  ...AUSTRALIA_NDB_RULES,
  ...SINGAPORE_PDPA_RULES,
  ...BRAZIL_LGPD_RULES,
  ...INDIA_RULES,
  ...MORTGAGE_SERVICING_RULES,
  ...US_FINANCIAL_CUSTOMER_NOTICE_RULES,
  ...US_INSURANCE_DATA_SECURITY_RULES,
  ...US_HEALTH_AND_TELECOM_RULES,
  ...INTERNATIONAL_MORE_RULES,
];

/** The whole catalog the engine evaluates by default, each rule with its law-enforcement delay answer. */
export const CATALOG: Rule[] = withLawEnforcementDelay([
  ...NON_STATE_RULES,
  ...US_STATE_RULES,
  ...US_STATE_SERVICE_PROVIDER_RULES,
]);
