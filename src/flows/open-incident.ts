import type { OpenCommand } from '../../commands/incident/open';
import { IncidentRefusal } from './incident-service';
import type { Incident } from '../domain/incidents/incident';
import { checklistBlocks } from '../slack/messages/checklist-message';
import { channelTopic, drillMarker, incidentHeaderBlocks, incidentHeaderText } from '../slack/messages/incident-header';
import { expandResponders, inviteAll, slackErrorCode } from '../slack/responders';
import { answerEphemeral, type SubcommandRequest } from '../slack/subcommand';
import { checkNamedRegimes, startDeadlines } from './deadlines-at-open';

/**
 * `/incident open`: a private channel, the responders in it, the header and the live checklist, then an
 * ephemeral link for the opener. The incident is stored as soon as its channel exists, so a failure
 * later (an invite, a post) never leaves a channel the bot does not know.
 */
export async function openIncident(req: SubcommandRequest<OpenCommand>): Promise<Incident> {
  const { client, services, command } = req;
  checkNamedRegimes(services, command.regimes);
  const openedAt = services.now();
  const request = { ...command, openedBy: req.userId, openedAt, ...(req.teamId ? { teamId: req.teamId } : {}) };

  const channel = await createChannel(req, services.incidents.channelNames(request));
  let incident = await services.incidents.register(request, channel);
  await services.timeline.append(incident.id, {
    kind: 'opened',
    actor: req.userId,
    at: incident.openedAt,
    summary: `Opened ${incident.drill ? 'drill' : 'incident'} "${incident.title}" (${incident.severity}), discovered ${incident.discoveredAt}`,
    data: { title: incident.title, severity: incident.severity, discoveredAt: incident.discoveredAt, channelId: channel.id, channelName: channel.name, drill: incident.drill, regimes: incident.regimes },
  });
  services.log.info('incident_opened', { incident: incident.id, channel: channel.id, severity: incident.severity, drill: incident.drill });

  const responders = await expandResponders(client, services.env.INCIDENT_RESPONDERS);
  const invitees = [...new Set([req.userId, ...responders])].filter((u) => u !== services.botUserId);
  const inviteFailures = await inviteAll(client, channel.id, invitees);
  await client.conversations.setTopic({ channel: channel.id, topic: channelTopic(incident) });

  const header = await client.chat.postMessage({
    channel: channel.id,
    text: incidentHeaderText(incident),
    blocks: incidentHeaderBlocks({ ...incident, inviteFailures }),
  });
  const items = services.incidents.checklistItems(incident);
  const checklist = await client.chat.postMessage({
    channel: channel.id,
    text: `Breach response checklist (${items.length} items)`,
    blocks: checklistBlocks(incident.id, items, new Map(), { closed: false, drillNote: drillMarker(incident) }),
  });
  incident = await services.incidents.store.update(incident.id, (current) => ({
    ...current,
    inviteFailures,
    ...(header.ts ? { headerMessageTs: header.ts } : {}),
    ...(checklist.ts ? { checklistMessageTs: checklist.ts } : {}),
  }));
  if (header.ts) await client.pins.add({ channel: channel.id, timestamp: header.ts }).catch(() => undefined);
  // Deadlines (issue 4): obligations computed, stored, scheduled and posted after the checklist.
  await startDeadlines(req, incident);

  await answerEphemeral(
    req.respond,
    `${incident.drill ? 'Drill' : 'Incident'} *${incident.id}* is open in <#${channel.id}>.` +
      (inviteFailures.length ? ` Could not invite ${inviteFailures.length} responder(s); see the channel.` : ''),
  );
  return incident;
}

async function createChannel(req: SubcommandRequest<OpenCommand>, names: Iterable<string>): Promise<{ id: string; name: string }> {
  for (const name of names) {
    try {
      const created = await req.client.conversations.create({ name, is_private: true });
      if (created.channel?.id) return { id: created.channel.id, name: created.channel.name ?? name };
    } catch (error) {
      // A taken name (even an archived channel's) is never reused or unarchived: try the next suffix.
      if (slackErrorCode(error) === 'name_taken') continue;
      throw error;
    }
  }
  throw new IncidentRefusal('Every candidate channel name is taken; choose a different title.');
}
