/**
 * Copies of state breach statutes read in their own words in the fourth verification pass (issue 13). The public
 * GitHub repository Ansvar-Systems/US-law-mcp stores, per state, text scraped from lawserver.com (the copies carry
 * lawserver's advertising lines) together with the official page it was taken for. Only states whose copy holds
 * the breach section itself are cited. That repository's `scripts/populate-missing-states.ts` wrote the text of the
 * states below by hand ("authoritative statutory text otherwise"), and its Arizona text misstates § 18-552(B), so
 * those copies are never cited. A copy is as old as its scrape: each citing rule says which version it holds.
 */
export const HAND_WRITTEN_COPIES: readonly string[] = [
  'ak',
  'az',
  'ar',
  'co',
  'dc',
  'ga',
  'me',
  'ms',
  'ne',
  'nh',
  'ok',
  'pa',
  'ri',
  'sd',
  'wi',
  'wy',
];

export function lawserverCopy(code: string, statute: string, officialUrl: string): string {
  if (HAND_WRITTEN_COPIES.includes(code)) throw new Error(`the ${code} copy was written by hand, not scraped`);
  return `GitHub Ansvar-Systems/US-law-mcp, data/seed/states/${code}.json (lawserver.com copy of ${statute}; taken for ${officialUrl})`;
}
