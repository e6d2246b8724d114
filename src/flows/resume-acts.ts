import { openDedupeKey } from '../domain/acts/open-act';
import { runClose } from './close-incident';
import type { FlowContext } from './context';
import { runOpen } from './open-incident';

/** An act still unfinished after this long is given up (its channel, if any, says what exists). */
export const ACT_GIVE_UP_MS = 24 * 3600 * 1000;

/**
 * At start and periodically: runs every unfinished open (then every unfinished close), each under its lease, so replicas never run one
 * twice and an act whose process died is finished by whichever process looks next. `minAgeMs` leaves alone
 * acts that were begun moments ago (their own command is running them).
 */
export async function resumeOpenActs(
  ctx: FlowContext,
  options: { minAgeMs: number },
): Promise<{ resumed: number; finished: number }> {
  const now = ctx.now().getTime();
  let resumed = 0;
  let finished = 0;
  for (const id of await ctx.acts.pending(now - options.minAgeMs)) {
    try {
      const act = await ctx.acts.getOpen(id);
      if (act && now - Date.parse(act.createdAt) > ACT_GIVE_UP_MS) {
        const lease = await ctx.acts.lease(id);
        if (!lease) continue;
        try {
          const given = { ...act, status: 'failed' as const, failure: 'gave_up', finishedAt: ctx.now().toISOString() };
          await ctx.acts.closeOpen(given, openDedupeKey(act.request));
          ctx.log.error('act_given_up', { act: 'open', incident: id, runs: act.runs });
        } finally {
          await lease.release();
        }
        continue;
      }
      const run = await runOpen(ctx, id, { resumed: true });
      if (run.kind === 'busy') continue;
      resumed += 1;
      if (run.kind === 'finished') finished += 1;
    } catch (error) {
      ctx.log.error('act_resume_failed', { act: 'open', incident: id, err: error });
    }
  }
  for (const id of await ctx.acts.pendingClosesBefore(now - options.minAgeMs)) {
    try {
      const run = await runClose(ctx, id);
      if (run.kind === 'busy') continue;
      resumed += 1;
      if (run.kind === 'finished') finished += 1;
    } catch (error) {
      ctx.log.error('act_resume_failed', { act: 'close', incident: id, err: error });
    }
  }
  return { resumed, finished };
}
