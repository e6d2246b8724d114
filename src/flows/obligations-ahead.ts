import { computeWithCatalog } from '../domain/obligations/catalog-engine';
import type { ComputeObligations, DeadlineState } from '../domain/obligations/deadline-state';
import type { Facts } from '../domain/regulations/facts';
import type { Obligation } from '../domain/regulations/obligation';
import type { FlowContext } from './context';

/** Thrown out of a change whose obligations were not computed yet: they are computed, and the change runs again. */
class NotComputedYet extends Error {
  constructor(
    readonly key: string,
    readonly facts: Facts,
    readonly regimes: readonly string[],
  ) {
    super('obligations not computed yet');
  }
}

/** Computations one change may ask for (the domain's changes ask for one). */
const MAX_COMPUTATIONS = 3;

/**
 * A change of the deadline state (DeadlineStore.update / change) whose domain rule computes obligations with
 * the synchronous engine, made to compute them through `ctx.obligations`, off the event loop (issue 9). The
 * rule runs with a compute that knows only what was computed already; facts it has not seen stop the rule
 * (before anything is written), are computed, and the rule runs again on the same state read, where they are
 * found. A state read again after a lost compare-and-set reuses what was computed for the same facts. Without
 * `ctx.obligations` (flow tests, the CLI, OBLIGATION_THREADS=0) the rule computes inline.
 */
export function computingAhead<R>(
  ctx: Pick<FlowContext, 'obligations'>,
  rule: (current: DeadlineState | null, compute: ComputeObligations) => R,
): (current: DeadlineState | null) => Promise<R> {
  const computing = ctx.obligations;
  if (!computing) return async (current) => rule(current, computeWithCatalog);
  const computed = new Map<string, Obligation[]>();
  const ahead: ComputeObligations = (facts, regimes) => {
    const key = JSON.stringify([facts, regimes]);
    const found = computed.get(key);
    if (found) return found;
    throw new NotComputedYet(key, facts, regimes);
  };
  return async (current) => {
    for (let asked = 0; asked < MAX_COMPUTATIONS; asked += 1) {
      try {
        return rule(current, ahead);
      } catch (error) {
        if (!(error instanceof NotComputedYet)) throw error;
        computed.set(error.key, await computing.compute(error.facts, error.regimes));
      }
    }
    return rule(current, computeWithCatalog);
  };
}
