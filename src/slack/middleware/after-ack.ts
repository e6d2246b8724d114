import { randomBytes } from 'node:crypto';
import { Refusal, type RefusalCode } from '../../domain/refusals';
import { RecordStoreUnavailable, redisOutage } from '../../store/connection';
import type { ListenerDeps } from '../listener-deps';

/** Tells the person who acted, privately; absent for events, which answer nobody. `code` for refusals. */
export type Reply = (text: string, code?: RefusalCode) => Promise<unknown>;

const SOMETHING_WENT_WRONG = (ref: string) =>
  `Something went wrong and nothing more was done (ref ${ref}). Try again, or ask an admin to check the logs.`;

/** The record store was down before the act began (or its check before the first side effect failed). */
export const NOT_RECORDED = (ref: string) =>
  `Nothing was recorded: the incident records (Redis) are not answering right now. Try again in a minute; if ` +
  `it keeps happening, ask an admin to check Redis (ref ${ref}).`;

/** The record store stopped answering part-way: earlier steps of the act may have been stored. */
export const MAYBE_PARTLY_RECORDED = (ref: string) =>
  `The incident records (Redis) stopped answering while this was being done, so it may be only partly ` +
  `recorded. Check with \`/incident status\` before trying again (ref ${ref}).`;

/**
 * The one place an act's failure becomes an answer. Work runs after Slack was acknowledged and is tracked,
 * so shutdown lets it finish. A refusal is the rules speaking: its words go to the person. Anything else is
 * logged with a reference (ids and error codes only, never text) and the person gets that reference.
 * While the record store is down no act starts: the person hears at once that nothing was recorded (the
 * store's connection fails fast, so nothing is left queued to happen later behind their back).
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
      if (!deps.recordStoreReady()) {
        metrics.actFinished(act, 'failed');
        const ref = randomBytes(3).toString('hex');
        deps.ctx.log.error('act_not_started', { act, ref, redis: 'unreachable' });
        if (reply) await reply(NOT_RECORDED(ref)).catch(() => undefined);
        return;
      }
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
        const outage = redisOutage(error);
        deps.ctx.log.error('act_failed', { act, ref, err: error, ...(outage ? { redis: outage } : {}) });
        if (!reply) return;
        const text =
          outage === null
            ? failure(ref)
            : error instanceof RecordStoreUnavailable
              ? NOT_RECORDED(ref)
              : MAYBE_PARTLY_RECORDED(ref);
        await reply(text).catch(() => undefined);
      }
    })(),
    act,
  );
}
