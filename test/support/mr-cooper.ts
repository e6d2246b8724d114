/**
 * The motivating case, examples/mr-cooper.json (the Mr. Cooper breach: 54 US jurisdictions, SSNs and bank
 * accounts), and the `/incident facts` command a person would type for it. One copy for every test and bench.
 */
export interface MrCooperFacts {
  discoveredAt: string;
  entityTypes: string[];
  dataTypes: string[];
  affected: Record<string, number>;
  judgments: Record<string, boolean>;
}

export const mrCooper = require('../../examples/mr-cooper.json') as MrCooperFacts;

/** `facts --data … --entity … --affected <all 54> --judgment … --encrypted no`, as typed after `/incident`. */
export const mrCooperFactsCommand = [
  'facts',
  `--data ${mrCooper.dataTypes.join(',')}`,
  `--entity ${mrCooper.entityTypes.join(',')}`,
  `--affected ${Object.entries(mrCooper.affected)
    .map(([code, n]) => `${code}=${n}`)
    .join(',')}`,
  `--judgment ${Object.entries(mrCooper.judgments)
    .map(([k, v]) => `${k}=${v ? 'yes' : 'no'}`)
    .join(',')}`,
  '--encrypted no',
].join(' ');
