import { computeWithCatalog } from '../domain/obligations/catalog-engine';
import type { ComputeObligations } from '../domain/obligations/deadline-state';
import type { Facts } from '../domain/regulations/facts';
import type { Obligation } from '../domain/regulations/obligation';
import type { FlowContext } from './context';

/** Thrown out of a state change whose obligations were not computed yet: computed, then the change is redone. */
class NotComputedYet extends Error {
  constructor(
    readonly key: string,
    readonly facts: Facts,
    readonly regimes: readonly string[],
  ) {
    super('obligations not computed yet');
  }
}

/** Passes after which facts that changed under every pass are computed inline (a change stored meanwhile each time). */
const MAX_PASSES = 4;

/**
 * Runs a read-modify-write of the deadline state whose change computes obligations (the engine is synchronous,
 * called inside the store's compare-and-set) with them computed by `ctx.obligations` away from the event loop:
 * a pass whose change asks for facts not computed yet stops before writing anything, they are computed, and the
 * change runs again from a fresh read, where the same facts find their result. `change` must let the error out
 * (wrap the store call alone, not a block that turns errors into answers). Without `ctx.obligations` (flow
 * tests, the CLI) it computes inline.
 */
export async function withObligationsComputedAhead<T>(
  ctx: Pick<FlowContext, 'obligations'>,
  change: (compute: ComputeObligations) => Promise<T>,
): Promise<T> {
  const computing = ctx.obligations;
  if (!computing) return change(computeWithCatalog);
  const computed = new Map<string, Obligation[]>();
  const ahead: ComputeObligations = (facts, regimes) => {
    const key = JSON.stringify([facts, regimes]);
    const found = computed.get(key);
    if (found) return found;
    throw new NotComputedYet(key, facts, regimes);
  };
  for (let pass = 1; pass < MAX_PASSES; pass += 1) {
    try {
      return await change(ahead);
    } catch (error) {
      if (!(error instanceof NotComputedYet)) throw error;
      computed.set(error.key, await computing.compute(error.facts, error.regimes));
    }
  }
  return change(computeWithCatalog);
}
