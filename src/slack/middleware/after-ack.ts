import { randomBytes } from 'node:crypto';
import { Refusal, type RefusalCode } from '../../domain/refusals';
import type { ListenerDeps } from '../listener-deps';

/** Tells the person who acted, privately; absent for events, which answer nobody. `code` for refusals. */
export type Reply = (text: string, code?: RefusalCode) => Promise<unknown>;

const SOMETHING_WENT_WRONG = (ref: string) =>
  `Something went wrong and nothing more was done (ref ${ref}). Try again, or ask an admin to check the logs.`;

/**
 * The one place an act's failure becomes an answer. Work runs after Slack was acknowledged and is tracked,
 * so shutdown lets it finish. A refusal is the rules speaking: its words go to the person. Anything else is
 * logged with a reference (ids and error codes only, never text) and the person gets that reference.
 */
export function afterAck(
  deps: ListenerDeps,
  act: string,
  work: () => Promise<void>,
  reply?: Reply,
  failure: (ref: string) => string = SOMETHING_WENT_WRONG,
): Promise<void> {
  return deps.inFlight.track(
    (async () => {
      const { metrics } = deps.ctx;
      metrics.actStarted(act);
      try {
        await work();
        metrics.actFinished(act, 'ok');
      } catch (error) {
        if (error instanceof Refusal) {
          metrics.actFinished(act, 'refused');
          deps.ctx.log.info('act_refused', { act, code: error.code });
          if (reply) await reply(error.message, error.code).catch(() => undefined);
          return;
        }
        metrics.actFinished(act, 'failed');
        const ref = randomBytes(3).toString('hex');
        deps.ctx.log.error('act_failed', { act, ref, err: error });
        if (reply) await reply(failure(ref)).catch(() => undefined);
      }
    })(),
  );
}
