import type { Incident } from '../domain/incidents/incident';
import { errorName } from '../runtime/log';
import type { FlowContext } from './context';
import { ChatPostFailure } from './ports/chat';

/** Whether the register shows the change: updated (or first posted), or why not. */
export type RegisterShown = { shown: true; ts: string } | { shown: false; code: string };

/**
 * The last step of every act that changes obligations (open, facts, notified, undo, close): the pinned
 * register shows where the notices stand. Posted and pinned the first time, then updated in place (same
 * message). The change is stored whatever happens here: a failure is logged and returned for the answer, and
 * the next change tries again.
 */
export async function showRegister(ctx: FlowContext, given: Incident): Promise<RegisterShown> {
  try {
    const incident = (await ctx.incidents.get(given.id)) ?? given;
    const state = await ctx.deadlines.get(incident.id);
    if (!state) return { shown: false, code: 'no_obligations' };
    const now = ctx.now();
    if (incident.registerMessageTs) {
      await ctx.chat.refreshRegister(incident, state.obligations, now);
      return { shown: true, ts: incident.registerMessageTs };
    }
    const ts = await ctx.chat.postRegister(incident, state.obligations, now);
    if (!ts) return { shown: false, code: 'no_ts' };
    let kept = ts;
    await ctx.incidents.update(incident.id, (current) => {
      // Another act posted one first: that one stays the register (this one is an ordinary message).
      if (current.registerMessageTs) {
        kept = current.registerMessageTs;
        return current;
      }
      kept = ts;
      return { ...current, registerMessageTs: ts };
    });
    if (kept === ts) await ctx.chat.pin(incident.channelId, ts).catch(() => undefined);
    return { shown: true, ts: kept };
  } catch (error) {
    const code = error instanceof ChatPostFailure ? error.code : errorName(error);
    ctx.log.error('register_failed', { incident: given.id, code });
    return { shown: false, code };
  }
}
