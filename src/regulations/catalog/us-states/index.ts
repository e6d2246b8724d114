import type { Rule } from '../../rule';

/** Placeholder until the state catalog lands; the state helper overwrites this file. */
export const US_STATE_RULES: Rule[] = [];
