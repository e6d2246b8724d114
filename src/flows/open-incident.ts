import { checklistItemsFor } from '../domain/checklist/templates';
import { channelNameCandidates } from '../domain/incidents/channel-naming';
import { type Incident, newIncident, type OpenRequest } from '../domain/incidents/incident';
import { catalogRegimes, computeWithCatalog } from '../domain/obligations/catalog-engine';
import { beginDeadlines } from '../domain/obligations/deadline-state';
import { isOpen, type ObligationRecord } from '../domain/obligations/obligation-record';
import { Refusal } from '../domain/refusals';
import { errorName } from '../runtime/log';
import { type Announced, announceStored } from './announce-stored';
import type { FlowContext } from './context';
import type { InviteFailure } from './ports/chat';

export interface OpenedIncident {
  incident: Incident;
  inviteFailures: InviteFailure[];
  /** The obligations computed at open (null when computing them failed) and whether the channel was told. */
  deadlines: { open: number; announced: Announced } | null;
}

/**
 * `/incident open`: a private channel, the responders in it, the header and the live checklist, then the
 * notification deadlines. The incident is stored as soon as its channel exists, so a failure later (an
 * invite, a post) never leaves a channel the bot does not know.
 */
export async function openIncident(ctx: FlowContext, request: OpenRequest): Promise<OpenedIncident> {
  refuseUnknownRegimes(request.regimes);
  const channel = await createChannel(ctx, request);
  let incident = newIncident(await ctx.incidents.nextId(), request, channel, ctx.settings.checklistTemplate);
  await ctx.incidents.create(incident);
  await ctx.timeline.append(incident.id, {
    kind: 'opened',
    actor: request.openedBy,
    at: incident.openedAt,
    summary: `Opened ${incident.drill ? 'drill' : 'incident'} "${incident.title}" (${incident.severity}), discovered ${incident.discoveredAt}`,
    data: {
      title: incident.title,
      severity: incident.severity,
      discoveredAt: incident.discoveredAt,
      channelId: channel.id,
      channelName: channel.name,
      drill: incident.drill,
      regimes: incident.regimes,
    },
  });
  ctx.log.info('incident_opened', {
    incident: incident.id,
    channel: channel.id,
    severity: incident.severity,
    drill: incident.drill,
  });

  const responders = await ctx.chat.expandResponders(ctx.settings.responders);
  const invitees = [...new Set([request.openedBy, ...responders])].filter((u) => u !== ctx.settings.botUserId);
  const inviteFailures = await ctx.chat.invite(channel.id, invitees);
  await ctx.chat.setTopic(incident);

  const headerTs = await ctx.chat.postHeader({ ...incident, inviteFailures });
  const checklistTs = await ctx.chat.postChecklist(incident, { items: checklistItemsFor(incident), states: new Map() });
  incident = await ctx.incidents.update(incident.id, (current) => ({
    ...current,
    inviteFailures,
    ...(headerTs ? { headerMessageTs: headerTs } : {}),
    ...(checklistTs ? { checklistMessageTs: checklistTs } : {}),
  }));
  if (headerTs) await ctx.chat.pin(channel.id, headerTs).catch(() => undefined);
  // The checklist is pinned with the header: the two messages a responder returns to.
  if (checklistTs) await ctx.chat.pin(channel.id, checklistTs).catch(() => undefined);
  const deadlines = await startDeadlines(ctx, incident, request.openedBy);
  return { incident, inviteFailures, deadlines };
}

/** Refuses `--regimes` ids the catalog does not know, before anything is created. */
function refuseUnknownRegimes(named: readonly string[]): void {
  const known = catalogRegimes();
  const unknown = named.filter((r) => !known.includes(r));
  if (unknown.length === 0) return;
  throw new Refusal(
    'unknown_regime',
    `Unknown regime${unknown.length > 1 ? 's' : ''} in \`--regimes\`: ${unknown.map((r) => `\`${r}\``).join(', ')}. ` +
      `Nothing was created. Known regimes: ${known.join(', ')}.`,
  );
}

async function createChannel(ctx: FlowContext, request: OpenRequest): Promise<{ id: string; name: string }> {
  for (const name of channelNameCandidates(ctx.settings, request)) {
    const created = await ctx.chat.createPrivateChannel(name);
    if (created !== 'name_taken') return created;
  }
  throw new Refusal('channel_names_taken', 'Every candidate channel name is taken; choose a different title.');
}

/**
 * The open's last step: compute the obligations from the discovery time, the organisation's profile and
 * `--regimes`, store them, schedule their reminders and post them. A failure to compute does not undo the
 * open: the channel is told, and `/incident facts` computes them again. A failure to post them after they
 * were stored is not a failure to compute: the outcome says they are stored and were not posted.
 */
async function startDeadlines(
  ctx: FlowContext,
  incident: Incident,
  actor: string,
): Promise<OpenedIncident['deadlines']> {
  const now = ctx.now();
  let records: ObligationRecord[];
  try {
    const { after } = await ctx.deadlines.update(incident.id, (current) =>
      beginDeadlines(current, incident, ctx.settings.profile, computeWithCatalog, actor, now),
    );
    if (!after) throw new Error(`deadlines of ${incident.id} not stored`);
    records = after.obligations;
    const open = after.obligations.filter(isOpen);
    await ctx.timeline.append(incident.id, {
      kind: 'obligations_computed',
      actor: 'breachbot',
      at: now.toISOString(),
      summary: `Obligations computed at open: ${open.length}${open.length ? ` (${open.map((o) => o.id).join(', ')})` : ''}`,
      data: {
        version: after.version,
        obligations: open.map((o) => ({ id: o.id, dueAt: o.dueAt })),
        regimes: incident.regimes,
      },
      dedupeKey: `obligations:v${after.version}`,
    });
    const scheduled = await ctx.reminders.scheduleIncident(incident, after.obligations, now);
    ctx.log.info('obligations_computed', { incident: incident.id, obligations: open.length, reminders: scheduled });
  } catch (error) {
    ctx.log.error('obligations_at_open_failed', { incident: incident.id, error: errorName(error) });
    await ctx.chat.announce(incident, { kind: 'obligations_failed' }).catch(() => undefined);
    return null;
  }
  const announced = await announceStored(ctx, incident, { kind: 'obligations_at_open', records, now });
  return { open: records.filter(isOpen).length, announced };
}
