import type { Incident } from '../domain/incidents/incident';
import { changeFacts, type DeadlineState, factsChangeDiff, initialFacts } from '../domain/obligations/deadline-state';
import { factsFingerprint } from '../domain/obligations/facts-fingerprint';
import type { FactsPatch } from '../domain/obligations/facts-patch';
import { isEmptyDiff, type ObligationDiff } from '../domain/obligations/obligation-diff';
import { Refusal } from '../domain/refusals';
import type { TimelineEntryInput } from '../domain/timeline/timeline-entry';
import { type Announced, announceStored } from './announce-stored';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { computingAhead } from './obligations-ahead';
import { type RegisterShown, showRegister, withRegisterMark } from './show-register';

export type FactsUpdate =
  | { changed: false; incident: Incident }
  | {
      changed: true;
      incident: Incident;
      after: DeadlineState;
      diff: ObligationDiff;
      factsChanged: string[];
      /** Reminders scheduled for the obligations added or moved. */
      remindersAdded: number;
      /** Whether the channel was told; the facts are stored either way. */
      announced: Announced;
      register: RegisterShown;
    };

export interface FactsUpdateOptions {
  /** The incident the facts form was opened for: the channel's incident must be that one. */
  incidentId?: string;
  /**
   * The facts form's: the fingerprint of the facts it was filled from. When the stored facts no longer have it
   * (someone changed them while the form was open), nothing is stored and the person is told, rather than the
   * form's picture silently overwriting the other change.
   */
  expectFingerprint?: string;
}

function factsChangedMeanwhile(current: DeadlineState | null): Refusal {
  const by = current ? ` (by <@${current.factsUpdatedBy}> at ${current.factsUpdatedAt})` : '';
  return new Refusal(
    'facts_changed_meanwhile',
    `The facts changed while your form was open${by}, so nothing from it was stored. Open the form again (\`/incident facts\`) to see them, and make your change there.`,
  );
}

/**
 * `/incident facts …`: stores the new facts and the obligations recomputed from them (refused inside the
 * same atomic write once the incident is closed) with the change's timeline entries in one script, replaces exactly the
 * reminders of obligations added, moved or removed, and tells the channel what changed. A failed channel
 * post does not undo or hide any of it: the outcome says so, for the person's answer.
 */
export async function updateFacts(
  ctx: FlowContext,
  actor: Actor,
  patch: FactsPatch,
  options: FactsUpdateOptions = {},
): Promise<FactsUpdate> {
  const incident = await incidentForMember(ctx, actor);
  if (options.incidentId !== undefined && options.incidentId !== incident.id) {
    throw new Refusal('wrong_incident', 'That form belongs to another incident; nothing was changed.');
  }
  return withRegisterMark(
    ctx,
    incident.id,
    () => storeFacts(ctx, incident, actor, patch, options),
    (r) => (r.changed ? r.register : null),
  );
}

async function storeFacts(
  ctx: FlowContext,
  incident: Incident,
  actor: Actor,
  patch: FactsPatch,
  options: FactsUpdateOptions,
): Promise<FactsUpdate> {
  const now = ctx.now();
  let factsChanged: string[] = [];
  // The facts and obligations and their timeline entries in one script (refused there once the incident is
  // closed): a crash at any point leaves both or neither.
  const { detail } = await ctx.timeline.appendWithState(
    incident.id,
    async () => {
      const change = await ctx.deadlines.change(
        incident.id,
        computingAhead(ctx, (current, compute) => {
          // Checked inside the compare-and-set: a change stored between this read and the write retries the read.
          const expected = options.expectFingerprint;
          const stored = current?.facts ?? initialFacts(incident, ctx.settings.profile);
          const result = changeFacts(current, incident, patch, ctx.settings.profile, compute, actor.userId, now);
          // A form whose picture is already stored (its own earlier delivery, a double click) loses nobody's change:
          // it is "nothing changed", not "someone changed the facts".
          if (expected !== undefined && factsFingerprint(stored) !== expected && result.next !== null) {
            throw factsChangedMeanwhile(current);
          }
          factsChanged = result.factsChanged;
          return result.next;
        }),
      );
      const { before, after } = change;
      if (!change.writes || !after) return { read: change.read, writes: null, entries: [], detail: null };
      const diff = factsChangeDiff(before, after);
      const entries: TimelineEntryInput[] = [
        {
          kind: 'facts_changed',
          actor: actor.userId,
          at: now.toISOString(),
          summary: `Facts changed: ${factsChanged.join('; ') || 'recomputed'}`,
          data: { version: after.version, changes: factsChanged },
          dedupeKey: `facts:v${after.version}`,
        },
      ];
      if (!isEmptyDiff(diff)) {
        entries.push({
          kind: 'obligations_computed',
          actor: 'breachbot',
          at: now.toISOString(),
          summary: `Obligations recomputed: ${diff.added.length} added, ${diff.moved.length} moved, ${diff.removed.length} removed`,
          data: {
            version: after.version,
            added: diff.added.map((o) => ({ id: o.id, dueAt: o.dueAt })),
            moved: diff.moved.map((m) => ({ id: m.after.id, from: m.before.dueAt, to: m.after.dueAt })),
            removed: diff.removed.map((o) => o.id),
          },
          dedupeKey: `obligations:v${after.version}`,
        });
      }
      return { read: change.read, writes: change.writes, entries, detail: { after, diff } };
    },
    { whileOpen: 'facts' },
  );
  if (!detail) return { changed: false, incident };
  const { after, diff } = detail;
  const rescheduled = await ctx.reminders.reschedule(incident, diff, after.obligations, now);
  let current = incident;
  if (after.facts.discoveredAt !== incident.discoveredAt) {
    current = await ctx.incidents.update(incident.id, (record) => ({
      ...record,
      discoveredAt: after.facts.discoveredAt,
    }));
  }
  ctx.log.info('facts_changed', {
    incident: incident.id,
    version: after.version,
    added: diff.added.length,
    moved: diff.moved.length,
    removed: diff.removed.length,
    remindersRemoved: rescheduled.removed,
    remindersAdded: rescheduled.added,
  });
  const announced = await announceStored(ctx, current, {
    kind: 'facts_changed',
    actor: actor.userId,
    factsChanged,
    diff,
    now,
  });
  const register = await showRegister(ctx, current);
  return {
    changed: true,
    incident: current,
    after,
    diff,
    factsChanged,
    remindersAdded: rescheduled.added,
    announced,
    register,
  };
}
