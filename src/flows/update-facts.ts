import type { FactsCommand } from '../../commands/incident/facts';
import { isEmptyDiff } from '../domain/obligations/obligation-diff';
import { incidentForMember } from '../slack/incident-access';
import { answerEphemeral, type SubcommandRequest } from '../slack/subcommand';
import { factsChangedMessage } from '../slack/messages/obligations-message';

/**
 * `/incident facts …`: stores the new facts, recomputes the obligations (stored with them), records the change
 * on the timeline, replaces exactly the reminders of obligations that were added, moved or removed, and tells
 * the channel what changed.
 */
export async function updateFacts(req: SubcommandRequest<FactsCommand>): Promise<void> {
  const { services, client, command } = req;
  const access = await incidentForMember(services, client, req.channelId, req.userId);
  if (!access.ok) return answerEphemeral(req.respond, access.reason);
  const { incident } = access;
  if (incident.status !== 'open') return answerEphemeral(req.respond, `${incident.id} is closed; its facts no longer change.`);

  const now = services.now();
  const result = await services.deadlines.applyFacts(incident, command.patch, req.userId, now);
  if (result.factsChanged.length === 0 && result.before.version === result.after.version) {
    return answerEphemeral(req.respond, 'Those facts are already recorded; nothing changed.');
  }
  const { after, diff } = result;
  await services.timeline.append(incident.id, {
    kind: 'facts_changed',
    actor: req.userId,
    at: now.toISOString(),
    summary: `Facts changed: ${result.factsChanged.join('; ') || 'recomputed'}`,
    data: { version: after.version, changes: result.factsChanged },
    dedupeKey: `facts:v${after.version}`,
  });
  if (!isEmptyDiff(diff)) {
    await services.timeline.append(incident.id, {
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
  const rescheduled = await services.reminders.reschedule(
    { id: incident.id, openedAt: incident.openedAt, speed: incident.drillSpeed },
    diff,
    after.obligations,
    now,
  );
  if (after.facts.discoveredAt !== incident.discoveredAt) {
    await services.incidents.store.update(incident.id, (current) => ({ ...current, discoveredAt: after.facts.discoveredAt }));
  }
  services.log.info('facts_changed', {
    incident: incident.id,
    version: after.version,
    added: diff.added.length,
    moved: diff.moved.length,
    removed: diff.removed.length,
    remindersRemoved: rescheduled.removed,
    remindersAdded: rescheduled.added,
  });
  await client.chat.postMessage({
    channel: incident.channelId,
    ...factsChangedMessage(incident, { actor: req.userId, factsChanged: result.factsChanged, diff }, now),
  });
}
