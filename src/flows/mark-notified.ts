import type { NotifiedCommand } from '../../commands/incident/notified';
import { incidentForMember } from '../slack/incident-access';
import { answerEphemeral, type SubcommandRequest } from '../slack/subcommand';
import { notifiedMessage, regimeLabel } from '../slack/messages/obligations-message';

/**
 * `/incident notified <regime>[/<recipient>] [note]`: marks the matching open obligations done (who, when,
 * note), records each on the timeline, cancels their pending reminders, and tells the channel.
 */
export async function markNotified(req: SubcommandRequest<NotifiedCommand>): Promise<void> {
  const { services, client, command } = req;
  const access = await incidentForMember(services, client, req.channelId, req.userId);
  if (!access.ok) return answerEphemeral(req.respond, access.reason);
  const { incident } = access;
  if (incident.status !== 'open') return answerEphemeral(req.respond, `${incident.id} is closed.`);

  const now = services.now();
  const target = { regime: command.regime, ...(command.recipient ? { recipient: command.recipient } : {}) };
  const result = await services.deadlines.markNotified(incident, target, req.userId, now, command.note);
  const named = `\`${command.regime}${command.recipient ? `/${command.recipient}` : ''}\``;
  if (!result.ok) {
    if (result.reason === 'already_done') return answerEphemeral(req.respond, `Every ${named} obligation is already marked done; nothing changed.`);
    const open = result.open.map((o) => `\`${o.id}\``).join(', ');
    return answerEphemeral(
      req.respond,
      `No ${named} obligation is listed for ${incident.id}.` + (open ? ` Open ones: ${open}.` : ' None is open.'),
    );
  }
  for (const o of result.marked) {
    await services.timeline.append(incident.id, {
      kind: 'notice_done',
      actor: req.userId,
      at: o.doneAt ?? now.toISOString(),
      summary: `Notice given: ${regimeLabel(o.regime)} ${o.id} (${o.recipientName})${o.doneNote ? `: ${o.doneNote}` : ''}`,
      data: { obligationId: o.id, dueAt: o.dueAt, doneAt: o.doneAt, ...(o.doneNote ? { note: o.doneNote } : {}) },
      dedupeKey: `notice_done:${o.id}`,
    });
  }
  const cancelled = await services.reminders.cancelObligations(incident.id, result.marked.map((o) => o.id));
  services.log.info('notice_done', { incident: incident.id, obligations: result.marked.length, remindersCancelled: cancelled });
  await client.chat.postMessage({
    channel: incident.channelId,
    ...notifiedMessage(incident, result.marked, req.userId, command.note, cancelled),
  });
}
