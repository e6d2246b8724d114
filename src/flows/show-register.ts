import type { Incident } from '../domain/incidents/incident';
import { errorName } from '../runtime/log';
import type { FlowContext } from './context';
import { ChatPostFailure } from './ports/chat';

/** Slack's answers for a register message that no longer exists. */
const GONE: ReadonlySet<string> = new Set(['message_not_found', 'cant_update_message']);

/** Whether the register shows the change: updated (or first posted), or why not. */
export type RegisterShown = { shown: true; ts: string } | { shown: false; code: string };

/**
 * The last step of every act that changes obligations (open, facts, notified, undo, close): the pinned
 * register shows where the notices stand. Posted and pinned the first time, then updated in place (same
 * message). The change is stored whatever happens here: a failure is logged and returned for the answer, and
 * the next change tries again.
 */
export async function showRegister(ctx: FlowContext, given: Incident): Promise<RegisterShown> {
  // Every act that changes obligations or opens or closes an incident ends here, so the Home tabs are told
  // here too: a call that returns at once, the Homes are re-published later (flows/home-tab.ts).
  ctx.home?.incidentChanged(given.id);
  try {
    const incident = (await ctx.incidents.get(given.id)) ?? given;
    const state = await ctx.deadlines.get(incident.id);
    if (!state) return { shown: false, code: 'no_obligations' };
    const now = ctx.now();
    const shownTs = incident.registerMessageTs;
    if (shownTs) {
      try {
        // Two acts on two replicas can render out of order: re-read after each render until what is shown is
        // the latest stored version, so the register always ends showing what is stored.
        let rendered = state;
        await ctx.chat.refreshRegister(incident, rendered.obligations, now);
        for (let pass = 0; pass < 3; pass += 1) {
          const latest = await ctx.deadlines.get(incident.id);
          if (!latest || latest.version === rendered.version) break;
          rendered = latest;
          await ctx.chat.refreshRegister(incident, rendered.obligations, ctx.now());
        }
        return { shown: true, ts: shownTs };
      } catch (error) {
        // Someone deleted the register: a new one is posted and pinned in its place. Anything else is reported.
        if (!(error instanceof ChatPostFailure && GONE.has(error.code))) throw error;
        ctx.log.warn('register_gone', { incident: incident.id, code: error.code });
      }
    }
    const ts = await ctx.chat.postRegister(incident, state.obligations, now);
    if (!ts) return { shown: false, code: 'no_ts' };
    let kept = ts;
    await ctx.incidents.update(incident.id, (current) => {
      // Another act posted one first: that one stays the register (this one is an ordinary message).
      if (current.registerMessageTs && current.registerMessageTs !== shownTs) {
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
