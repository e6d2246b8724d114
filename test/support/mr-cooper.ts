import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/** The repository's examples/, from the source tree (jest) or from dist/ (the compiled bench). */
const EXAMPLES = [resolve(__dirname, '../../examples'), resolve(__dirname, '../../../examples')].find((dir) =>
  existsSync(join(dir, 'mr-cooper.json')),
);
if (!EXAMPLES) throw new Error(`examples/mr-cooper.json not found above ${__dirname}`);

export const mrCooper = JSON.parse(readFileSync(join(EXAMPLES, 'mr-cooper.json'), 'utf8')) as MrCooperFacts;

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
