import { z } from 'zod';
import { EEA_NON_EU, EU_MEMBER_STATES, US_JURISDICTIONS } from './jurisdictions';

// TODO(engine): full ISO 3166-1 alpha-2 list for "other ISO codes" (GB, CA, AU, SG, BR, IN, JP, KR, CH, ...).
const OTHER = ['GB', 'CA', 'AU', 'SG', 'BR', 'IN', 'JP', 'KR', 'CN', 'CH', 'NZ', 'IL', 'ZA', 'MX'] as const;

export const JURISDICTION_CODES = [...US_JURISDICTIONS, 'EU', ...EU_MEMBER_STATES, 'EL', ...EEA_NON_EU, ...OTHER] as const;
export const jurisdictionCodeSchema = z.enum(JURISDICTION_CODES);
export type JurisdictionCode = z.infer<typeof jurisdictionCodeSchema>;
