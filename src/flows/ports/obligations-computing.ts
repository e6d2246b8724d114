import type { Facts } from '../../domain/regulations/facts';
import type { Obligation } from '../../domain/regulations/obligation';

/**
 * The deadline engine over the catalog, asked from the acts (issue 9). A Mr. Cooper-sized open or facts change
 * computes ~150 obligations (10–20 ms of CPU): the bot's adapter computes them on worker threads
 * (src/runtime/obligation-threads.ts), so 30 of them at once do not hold back every acknowledgement behind
 * them. Same inputs, same result as `computeWithCatalog`.
 */
export interface ObligationsComputing {
  compute(facts: Facts, namedRegimes: readonly string[]): Promise<Obligation[]>;
}
