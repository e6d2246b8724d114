/**
 * The time zones a jurisdiction's days are counted in. A statute's "day" is a calendar day where the law
 * applies (N.Y. Gen. Constr. Law § 19: "from midnight to midnight"), so a day-counted period ends at a local
 * midnight, and which version of a law is in force turns on the local date of the trigger.
 *
 * A jurisdiction spanning several zones lists them all; the engine takes the reading that ends earliest (and
 * every version whose dates the trigger falls in under any of them, keeping the earliest deadline). Federal and
 * supranational regimes are counted where their regulators sit, which is also the earliest-ending zone of the
 * territory they mostly cover:
 * - 'US': America/New_York (HHS, SEC, FTC, FHFA are in Washington DC; Eastern is the easternmost zone of the 50
 *   states). An organisation in Puerto Rico, the Virgin Islands or Guam, whose day ends earlier, should count on
 *   its own calendar.
 * - 'EU': from the Azores to Helsinki, so that neither the trigger's date nor the end of the last day is read later
 *   than in any member state.
 */
export const JURISDICTION_TIME_ZONES: Readonly<Record<string, readonly string[]>> = {
  US: ['America/New_York'],
  'US-AL': ['America/Chicago'],
  'US-AK': ['America/Anchorage', 'America/Adak'],
  // The Navajo Nation keeps daylight saving time; the rest of Arizona does not.
  'US-AZ': ['America/Phoenix', 'America/Denver'],
  'US-AR': ['America/Chicago'],
  'US-CA': ['America/Los_Angeles'],
  'US-CO': ['America/Denver'],
  'US-CT': ['America/New_York'],
  'US-DE': ['America/New_York'],
  'US-DC': ['America/New_York'],
  'US-FL': ['America/New_York', 'America/Chicago'],
  'US-GA': ['America/New_York'],
  'US-HI': ['Pacific/Honolulu'],
  'US-ID': ['America/Boise', 'America/Los_Angeles'],
  'US-IL': ['America/Chicago'],
  'US-IN': ['America/Indiana/Indianapolis', 'America/Chicago'],
  'US-IA': ['America/Chicago'],
  'US-KS': ['America/Chicago', 'America/Denver'],
  'US-KY': ['America/Kentucky/Louisville', 'America/Chicago'],
  'US-LA': ['America/Chicago'],
  'US-ME': ['America/New_York'],
  'US-MD': ['America/New_York'],
  'US-MA': ['America/New_York'],
  'US-MI': ['America/Detroit', 'America/Menominee'],
  'US-MN': ['America/Chicago'],
  'US-MS': ['America/Chicago'],
  'US-MO': ['America/Chicago'],
  'US-MT': ['America/Denver'],
  'US-NE': ['America/Chicago', 'America/Denver'],
  'US-NV': ['America/Los_Angeles', 'America/Denver'],
  'US-NH': ['America/New_York'],
  'US-NJ': ['America/New_York'],
  'US-NM': ['America/Denver'],
  'US-NY': ['America/New_York'],
  'US-NC': ['America/New_York'],
  'US-ND': ['America/Chicago', 'America/Denver'],
  'US-OH': ['America/New_York'],
  'US-OK': ['America/Chicago'],
  'US-OR': ['America/Los_Angeles', 'America/Boise'],
  'US-PA': ['America/New_York'],
  'US-RI': ['America/New_York'],
  'US-SC': ['America/New_York'],
  'US-SD': ['America/Chicago', 'America/Denver'],
  'US-TN': ['America/New_York', 'America/Chicago'],
  'US-TX': ['America/Chicago', 'America/Denver'],
  'US-UT': ['America/Denver'],
  'US-VT': ['America/New_York'],
  'US-VA': ['America/New_York'],
  'US-WA': ['America/Los_Angeles'],
  'US-WV': ['America/New_York'],
  'US-WI': ['America/Chicago'],
  'US-WY': ['America/Denver'],
  'US-PR': ['America/Puerto_Rico'],
  'US-GU': ['Pacific/Guam'],
  'US-VI': ['America/St_Thomas'],
  EU: ['Atlantic/Azores', 'Europe/Lisbon', 'Europe/Brussels', 'Europe/Helsinki'],
  GB: ['Europe/London'],
  // PIPEDA: the OPC sits in Gatineau; Newfoundland's day ends earliest and the Pacific coast's date is the latest.
  CA: [
    'America/St_Johns',
    'America/Halifax',
    'America/Toronto',
    'America/Winnipeg',
    'America/Edmonton',
    'America/Vancouver',
  ],
  AU: ['Australia/Sydney', 'Australia/Brisbane', 'Australia/Adelaide', 'Australia/Darwin', 'Australia/Perth'],
  SG: ['Asia/Singapore'],
  BR: ['America/Sao_Paulo', 'America/Manaus', 'America/Noronha', 'America/Rio_Branco'],
  IN: ['Asia/Kolkata'],
  // Regimes other sessions may add; listed here so that they are not counted in UTC by default.
  'CA-QC': ['America/Halifax', 'America/Toronto'],
  'CA-AB': ['America/Edmonton'],
  JP: ['Asia/Tokyo'],
  KR: ['Asia/Seoul'],
};

/** The zones of a jurisdiction; UTC for one the table does not know, so a new regime is never left uncounted. */
export function timeZonesOf(jurisdiction: string): readonly string[] {
  return JURISDICTION_TIME_ZONES[jurisdiction] ?? ['UTC'];
}
