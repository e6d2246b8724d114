import { didYouMean } from '../words/did-you-mean';
import { JURISDICTION_CODES, type JurisdictionCode } from './jurisdiction-code';
import { US_JURISDICTIONS, type UsJurisdiction } from './jurisdictions';

/**
 * Places as people type them: codes in any case (`us-ca`, `de`), names ("California", "Germany", "New York"), and
 * the two-letter codes that are both a US state and a country (`CA`, `DE`, `IN` …) refused with both readings,
 * so that "CA" never silently means Canada when California was meant.
 */

export const US_STATE_NAMES: Record<UsJurisdiction, string> = {
  'US-AL': 'Alabama',
  'US-AK': 'Alaska',
  'US-AZ': 'Arizona',
  'US-AR': 'Arkansas',
  'US-CA': 'California',
  'US-CO': 'Colorado',
  'US-CT': 'Connecticut',
  'US-DE': 'Delaware',
  'US-FL': 'Florida',
  'US-GA': 'Georgia',
  'US-HI': 'Hawaii',
  'US-ID': 'Idaho',
  'US-IL': 'Illinois',
  'US-IN': 'Indiana',
  'US-IA': 'Iowa',
  'US-KS': 'Kansas',
  'US-KY': 'Kentucky',
  'US-LA': 'Louisiana',
  'US-ME': 'Maine',
  'US-MD': 'Maryland',
  'US-MA': 'Massachusetts',
  'US-MI': 'Michigan',
  'US-MN': 'Minnesota',
  'US-MS': 'Mississippi',
  'US-MO': 'Missouri',
  'US-MT': 'Montana',
  'US-NE': 'Nebraska',
  'US-NV': 'Nevada',
  'US-NH': 'New Hampshire',
  'US-NJ': 'New Jersey',
  'US-NM': 'New Mexico',
  'US-NY': 'New York',
  'US-NC': 'North Carolina',
  'US-ND': 'North Dakota',
  'US-OH': 'Ohio',
  'US-OK': 'Oklahoma',
  'US-OR': 'Oregon',
  'US-PA': 'Pennsylvania',
  'US-RI': 'Rhode Island',
  'US-SC': 'South Carolina',
  'US-SD': 'South Dakota',
  'US-TN': 'Tennessee',
  'US-TX': 'Texas',
  'US-UT': 'Utah',
  'US-VT': 'Vermont',
  'US-VA': 'Virginia',
  'US-WA': 'Washington',
  'US-WV': 'West Virginia',
  'US-WI': 'Wisconsin',
  'US-WY': 'Wyoming',
  'US-DC': 'District of Columbia',
  'US-PR': 'Puerto Rico',
  'US-GU': 'Guam',
  'US-VI': 'US Virgin Islands',
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

const US_CODES: ReadonlySet<string> = new Set(US_JURISDICTIONS);
const CODES: ReadonlySet<string> = new Set(JURISDICTION_CODES);

/** The name of a jurisdiction code: "California" for US-CA, "Canada" for CA, "European Union" for EU. */
export function jurisdictionName(code: string): string {
  if (US_CODES.has(code)) return US_STATE_NAMES[code as UsJurisdiction];
  if (code === 'EU') return 'European Union';
  if (code === 'EL') return 'Greece';
  return regionNames.of(code) ?? code;
}

/**
 * The two-letter codes that read as a US state (with `US-` in front) and as a country on their own: computed
 * from the catalog's jurisdictions, so a code added to either list is covered. Puerto Rico, Guam and the US
 * Virgin Islands are not among them: their ISO country codes name the same place, and are counted as the US one.
 */
export const AMBIGUOUS_TWO_LETTER_CODES: readonly string[] = US_JURISDICTIONS.map((c) => c.slice(3)).filter((c) =>
  CODES.has(c),
);
const AMBIGUOUS: ReadonlySet<string> = new Set(AMBIGUOUS_TWO_LETTER_CODES);

/** Names people use that Intl does not give, or give differently. */
const ALIASES: Record<string, string> = {
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  'czech republic': 'CZ',
  turkey: 'TR',
  korea: 'KR',
  'republic of korea': 'KR',
  'washington dc': 'US-DC',
  'washington d c': 'US-DC',
  dc: 'US-DC',
  'virgin islands': 'US-VI',
  'u s virgin islands': 'US-VI',
  eu: 'EU',
  'european union': 'EU',
  'ivory coast': 'CI',
  russia: 'RU',
  'hong kong': 'HK',
};

const key = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.’'_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

interface NameIndex {
  byName: Map<string, string[]>;
  names: string[];
}

let index: NameIndex | undefined;

/** Every name → the codes it names (two for Georgia). */
function nameIndex(): NameIndex {
  if (index) return index;
  const byName = new Map<string, string[]>();
  const add = (name: string, code: string) => {
    const k = key(name);
    const codes = byName.get(k) ?? [];
    if (!codes.includes(code)) codes.push(code);
    byName.set(k, codes);
  };
  for (const code of US_JURISDICTIONS) add(US_STATE_NAMES[code], code);
  for (const code of JURISDICTION_CODES) {
    if (US_CODES.has(code) || code === 'EU' || code === 'EL') continue;
    const name = regionNames.of(code);
    if (!name) continue;
    // The ISO names of Puerto Rico, Guam and the US Virgin Islands are the US jurisdictions already listed.
    if (byName.get(key(name))?.includes(`US-${code}`)) continue;
    add(name, code);
  }
  for (const [alias, code] of Object.entries(ALIASES)) if (!byName.has(alias)) add(alias, code);
  index = { byName, names: [...byName.keys()] };
  return index;
}

/** A failure says why in words; `hint` (unknown places only) is the "did you mean" part on its own. */
export type PlaceReading =
  | { ok: true; code: JurisdictionCode }
  | { ok: false; error: string; kind: 'ambiguous' | 'whole_country' | 'unknown'; hint?: string };

const reading = (code: string): string => `${code} (${jurisdictionName(code)})`;

/** One typed place → its jurisdiction code, or why not in words (both readings of an ambiguous code). */
export function readPlace(typed: string): PlaceReading {
  const raw = typed.trim();
  const upper = raw.toUpperCase();
  if (upper === 'US' || /^(usa|united states( of america)?)$/i.test(raw)) {
    return {
      ok: false,
      kind: 'whole_country',
      error: `\`${raw}\`: count people by state (US-CA, US-TX, …, or "California"): each state has its own law.`,
    };
  }
  if (AMBIGUOUS.has(upper)) {
    return {
      ok: false,
      kind: 'ambiguous',
      error: `\`${raw}\`: did you mean US-${upper} (${jurisdictionName(`US-${upper}`)}) or ${reading(upper)}? Type \`US-${upper}\` or \`${jurisdictionName(`US-${upper}`)}\` for the state, \`${jurisdictionName(upper)}\` for the country.`,
    };
  }
  if (CODES.has(upper)) return { ok: true, code: upper as JurisdictionCode };
  // Puerto Rico, Guam and the US Virgin Islands by their ISO codes: counted under their own US statutes.
  if (/^[A-Z]{2}$/.test(upper) && US_CODES.has(`US-${upper}`))
    return { ok: true, code: `US-${upper}` as JurisdictionCode };
  const named = nameIndex().byName.get(key(raw));
  if (named && named.length === 1) return { ok: true, code: named[0] as JurisdictionCode };
  if (named && named.length > 1) {
    return {
      ok: false,
      kind: 'ambiguous',
      error: `\`${raw}\`: did you mean ${named.map((c) => `${c} (${US_CODES.has(c) ? 'the US state' : 'the country'})`).join(' or ')}? Type ${named.map((c) => `\`${c}\``).join(' or ')}.`,
    };
  }
  const hint = didYouMean(raw, nameIndex().names, (name) => {
    const codes = nameIndex().byName.get(key(name)) ?? [];
    return `${name.replace(/\b\p{L}/gu, (c) => c.toUpperCase())}${codes.length === 1 ? ` (${codes[0]})` : ''}`;
  });
  return { ok: false, kind: 'unknown', error: `\`${raw}\` is not a jurisdiction the catalog knows.${hint}`, hint };
}

/**
 * A count as people write it: `1749623`, `1,749,623`, `1 749 623`, `1_749_623`, `1.749.623`, `1’749’623`
 * (thousands separators only: groups of three), or null.
 */
export function readCount(typed: string): number | null {
  const t = typed.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const grouped = /^\d{1,3}(?<sep>[,_ .’'\u00a0\u202f])\d{3}(?:\k<sep>\d{3})*$/.exec(t);
  return grouped ? Number(t.replace(/\D/g, '')) : null;
}
