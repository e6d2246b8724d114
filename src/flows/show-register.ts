import type { Incident } from '../domain/incidents/incident';
import { Refusal } from '../domain/refusals';
import { errorName } from '../runtime/log';
import type { StaleRegisterMark } from '../store/stale-registers';
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

/**
 * A change of the obligations that ends with `showRegister`: marked before it is stored, the mark cleared once
 * the register shows it (or nothing was changed). Killed in between, the mark stays and the act resumer draws
 * the register (`redrawStaleRegisters`), so it never keeps showing obligations Redis no longer holds.
 */
export async function withRegisterMark<T>(
  ctx: FlowContext,
  incidentId: string,
  change: () => Promise<T>,
  shown: (result: T) => RegisterShown | null,
): Promise<T> {
  const mark = ctx.staleRegisters ? await ctx.staleRegisters.mark(incidentId, ctx.now()) : null;
  let result: T;
  try {
    result = await change();
  } catch (error) {
    // A refusal stored nothing; any other failure may have come after the store, so its mark stays.
    if (mark && error instanceof Refusal) await clearMark(ctx, mark);
    throw error;
  }
  const register = shown(result);
  // Left for the resumer when the register could not be drawn now (a Slack failure): it catches up there.
  if (mark && (register === null || register.shown || register.code === 'no_obligations')) await clearMark(ctx, mark);
  return result;
}

async function clearMark(ctx: FlowContext, mark: StaleRegisterMark): Promise<void> {
  await ctx.staleRegisters?.clear(mark).catch((error: unknown) => {
    ctx.log.warn('stale_register_unclear', { incident: mark.incidentId, err: error });
  });
}

/** The resumer's part: draws the register of every change marked before `minAgeMs` ago and not cleared. */
export async function redrawStaleRegisters(ctx: FlowContext, options: { minAgeMs: number }): Promise<number> {
  if (!ctx.staleRegisters) return 0;
  let drawn = 0;
  for (const mark of await ctx.staleRegisters.before(ctx.now().getTime() - options.minAgeMs)) {
    const incident = await ctx.incidents.get(mark.incidentId);
    const shown = incident ? await showRegister(ctx, incident) : null;
    if (shown === null || shown.shown || shown.code === 'no_obligations') {
      await ctx.staleRegisters.clear(mark);
      if (shown?.shown) drawn += 1;
    }
  }
  return drawn;
}
