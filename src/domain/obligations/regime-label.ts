/**
 * How regimes and the stages of multi-stage notices are named to people: "Freddie Mac", "California",
 * "DORA initial notification", never an id (`freddie-mac`, `dora/regulator/initial`). Every regime and stage
 * of the catalog has a name here (test/regulations/display-names.test.ts holds the catalog to it); an id
 * without one is shown upper-cased (`us-xx` → `US-XX`) rather than not at all.
 */
const REGIME_LABELS: Record<string, string> = {
  gdpr: 'GDPR',
  'uk-gdpr': 'UK GDPR',
  'sec-8k': 'SEC Form 8-K',
  hipaa: 'HIPAA',
  nydfs: 'NYDFS',
  'ftc-safeguards': 'FTC Safeguards Rule',
  'bank-36h': 'Bank 36-hour rule',
  ncua: 'NCUA',
  circia: 'CIRCIA',
  nis2: 'NIS2',
  dora: 'DORA',
  pipeda: 'PIPEDA',
  'au-ndb': 'Australia NDB scheme',
  'sg-pdpa': 'Singapore PDPA',
  'br-lgpd': 'Brazil LGPD',
  'in-certin': 'CERT-In directions',
  'in-dpdp': 'India DPDP Act',
  'ginnie-mae': 'Ginnie Mae',
  'fannie-mae': 'Fannie Mae',
  'freddie-mac': 'Freddie Mac',
  'hud-fha': 'HUD (FHA)',
  'reg-sp': 'SEC Regulation S-P',
  'glba-guidance': 'GLBA interagency guidance',
  'ncua-guidance': 'NCUA guidance (Part 748)',
  'tx-sml': 'Texas SML',
  'ar-fmla': 'Arkansas Fair Mortgage Lending Act',
  'mn-nonbank': 'Minnesota Nonbank Data Security Law',
  'ftc-hbnr': 'FTC Health Breach Notification Rule',
  'ca-hsc-1280': 'California H&S Code § 1280.15',
  'fcc-cpni': 'FCC CPNI rule',
  'apra-cps234': 'APRA CPS 234',
  'eu-cra': 'EU Cyber Resilience Act',
  'qc-law25': 'Québec Law 25',
  'ab-pipa': 'Alberta PIPA',
  'uk-pecr': 'UK PECR',
  'uk-nis': 'UK NIS Regulations',
  'jp-appi': 'Japan APPI',
  'kr-pipa': 'Korea PIPA',
  'ga-dbf': 'Georgia Department of Banking and Finance',
};

/** US states and territories by their two-letter code: a state's breach law is named by the state. */
const US_STATE_NAMES: Record<string, string> = {
  al: 'Alabama',
  ak: 'Alaska',
  az: 'Arizona',
  ar: 'Arkansas',
  ca: 'California',
  co: 'Colorado',
  ct: 'Connecticut',
  de: 'Delaware',
  dc: 'District of Columbia',
  fl: 'Florida',
  ga: 'Georgia',
  gu: 'Guam',
  hi: 'Hawaii',
  id: 'Idaho',
  il: 'Illinois',
  in: 'Indiana',
  ia: 'Iowa',
  ks: 'Kansas',
  ky: 'Kentucky',
  la: 'Louisiana',
  me: 'Maine',
  md: 'Maryland',
  ma: 'Massachusetts',
  mi: 'Michigan',
  mn: 'Minnesota',
  ms: 'Mississippi',
  mo: 'Missouri',
  mt: 'Montana',
  ne: 'Nebraska',
  nv: 'Nevada',
  nh: 'New Hampshire',
  nj: 'New Jersey',
  nm: 'New Mexico',
  ny: 'New York',
  nc: 'North Carolina',
  nd: 'North Dakota',
  oh: 'Ohio',
  ok: 'Oklahoma',
  or: 'Oregon',
  pa: 'Pennsylvania',
  pr: 'Puerto Rico',
  ri: 'Rhode Island',
  sc: 'South Carolina',
  sd: 'South Dakota',
  tn: 'Tennessee',
  tx: 'Texas',
  ut: 'Utah',
  vt: 'Vermont',
  va: 'Virginia',
  vi: 'US Virgin Islands',
  wa: 'Washington',
  wv: 'West Virginia',
  wi: 'Wisconsin',
  wy: 'Wyoming',
};

/**
 * The stage or variant an obligation id's third part names (`dora/regulator/initial` → "initial notification").
 * A third part that only says where (`hipaa/media/us-ca`) is named by its state instead.
 */
const STAGE_LABELS: Record<string, string> = {
  initial: 'initial notification',
  intermediate: 'intermediate report',
  final: 'final report',
  'early-warning': 'early warning',
  notification: 'incident notification',
  'final-report': 'final report',
  '500-or-more': 'notice (500 or more people)',
  'annual-log': 'annual log',
  'extortion-payment': 'extortion payment notice',
  'extortion-explanation': 'extortion payment explanation',
  'service-provider': 'service provider notice',
  'ransom-payment': 'ransom payment report',
  assessment: 'assessment',
  intimation: 'intimation',
  report: 'detailed report',
  'copy-of-agency-notice': 'copy of other agencies’ notices',
  'root-cause-analysis': 'root cause analysis',
  'vulnerability-early-warning': 'vulnerability early warning',
  'vulnerability-notification': 'vulnerability notification',
  'vulnerability-final-report': 'vulnerability final report',
  'incident-early-warning': 'incident early warning',
  'incident-notification': 'incident notification',
  'incident-final-report': 'incident final report',
  preliminary: 'preliminary report',
  'no-harm-determination': 'no-harm determination',
  'no-harm-consultation': 'no-harm consultation',
  'hhs-notice-copy': 'copy of the HHS notice',
  'hhs-annual-log-copy': 'copy of the HHS annual log',
  vendor: 'vendor notice',
  oes: 'operator of essential services',
  rdsp: 'digital service provider',
  payroll: 'payroll data notice (withheld tax)',
  'computer-security-incident': 'copy of the computer-security incident notice',
  'customer-information': 'copy of the customer-information notice',
  'individual-notice-declaration': 'declaration that data subjects were told',
};

/** The regime's name for people: "GDPR", "Freddie Mac", "California", "Maine insurance data security law". */
export function regimeLabel(regime: string): string {
  const named = REGIME_LABELS[regime];
  if (named) return named;
  const state = /^us-([a-z]{2})$/.exec(regime)?.[1];
  if (state && US_STATE_NAMES[state]) return US_STATE_NAMES[state];
  const naic = /^naic-([a-z]{2})$/.exec(regime)?.[1];
  if (naic && US_STATE_NAMES[naic]) return `${US_STATE_NAMES[naic]} insurance data security law`;
  return regime.toUpperCase();
}

/** Whether a regime has a name of its own (not the upper-cased fallback). */
export function hasRegimeLabel(regime: string): boolean {
  return regimeLabel(regime) !== regime.toUpperCase() || REGIME_LABELS[regime] !== undefined;
}

/** The stage an obligation id names, in words ("initial notification"), or null for a single-stage notice. */
export function stageLabel(obligationId: string): string | null {
  const suffix = obligationId.split('/').slice(2).join('/');
  if (!suffix) return null;
  const stage = STAGE_LABELS[suffix];
  if (stage) return stage;
  const state = /^us-([a-z]{2})$/.exec(suffix)?.[1];
  if (state && US_STATE_NAMES[state]) return US_STATE_NAMES[state];
  return suffix.replace(/-/g, ' ');
}

/** Whether the stage an obligation id names has words of its own. */
export function hasStageLabel(obligationId: string): boolean {
  const suffix = obligationId.split('/').slice(2).join('/');
  return !suffix || STAGE_LABELS[suffix] !== undefined || /^us-[a-z]{2}$/.test(suffix);
}

/** The obligation's name for people: "DORA initial notification", "HIPAA (California)", "Freddie Mac". */
export function obligationTitle(o: { id: string; regime: string; recipient?: string }): string {
  const regime = regimeLabel(o.regime);
  const stage = stageLabel(o.id);
  if (!stage) return regime;
  return /^us-[a-z]{2}$/.test(o.id.split('/').slice(2).join('/')) ? `${regime} (${stage})` : `${regime} ${stage}`;
}
