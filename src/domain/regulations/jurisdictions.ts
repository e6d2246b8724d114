
/** The 50 states, DC, Puerto Rico, Guam and the US Virgin Islands: each has its own breach statute. */
export const US_JURISDICTIONS = [
  'US-AL', 'US-AK', 'US-AZ', 'US-AR', 'US-CA', 'US-CO', 'US-CT', 'US-DE', 'US-FL', 'US-GA',
  'US-HI', 'US-ID', 'US-IL', 'US-IN', 'US-IA', 'US-KS', 'US-KY', 'US-LA', 'US-ME', 'US-MD',
  'US-MA', 'US-MI', 'US-MN', 'US-MS', 'US-MO', 'US-MT', 'US-NE', 'US-NV', 'US-NH', 'US-NJ',
  'US-NM', 'US-NY', 'US-NC', 'US-ND', 'US-OH', 'US-OK', 'US-OR', 'US-PA', 'US-RI', 'US-SC',
  'US-SD', 'US-TN', 'US-TX', 'US-UT', 'US-VT', 'US-VA', 'US-WA', 'US-WV', 'US-WI', 'US-WY',
  'US-DC', 'US-PR', 'US-GU', 'US-VI',
] as const;
export type UsJurisdiction = (typeof US_JURISDICTIONS)[number];

/** EU member states (ISO 3166-1 alpha-2; Greece is GR in ISO, EL only in EU usage, so both are accepted). */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
  'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;
/** The GDPR applies in the EEA too, by the EEA Joint Committee Decision 154/2018. */
export const EEA_NON_EU = ['IS', 'LI', 'NO'] as const;
