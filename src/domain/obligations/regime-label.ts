/** How regimes are named to people; an id without a label is shown upper-cased (`us-ca` → `US-CA`). */
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
};

export function regimeLabel(regime: string): string {
  return REGIME_LABELS[regime] ?? regime.toUpperCase();
}
