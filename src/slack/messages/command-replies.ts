import type { Incident } from '../../domain/incidents/incident';
import type { NotifiedRefusal } from '../../domain/obligations/deadline-state';
import { slackDate } from './slack-date';

/** The opener's private answer: where the incident is. */
export function openedText(incident: Incident, inviteFailures: number): string {
  return (
    `${incident.drill ? 'Drill' : 'Incident'} *${incident.id}* is open in <#${incident.channelId}>.` +
    (inviteFailures ? ` Could not invite ${inviteFailures} responder(s); see the channel.` : '')
  );
}

/** `/incident status`: the incident at a glance. */
export function incidentStatusText(incident: Incident, checklist: { done: number; total: number }): string {
  return [
    `*${incident.drill ? '[DRILL] ' : ''}${incident.id}: ${incident.title}*`,
    `Severity ${incident.severity.toUpperCase()} · ${incident.status === 'open' ? 'open' : 'closed'} · commander <@${incident.roles.commander ?? incident.openedBy}>`,
    `Opened ${slackDate(incident.openedAt)} · discovered ${slackDate(incident.discoveredAt)}`,
    `Checklist: ${checklist.done} of ${checklist.total} done`,
  ].join('\n');
}

/** Why `/incident notified` marked nothing, and what is open instead. */
export function notifiedRefusalText(
  refusal: NotifiedRefusal & { incident: Incident },
  named: { regime: string; recipient?: string | undefined },
): string {
  const what = `\`${named.regime}${named.recipient ? `/${named.recipient}` : ''}\``;
  if (refusal.reason === 'already_done') return `Every ${what} obligation is already marked done; nothing changed.`;
  const open = refusal.open.map((o) => `\`${o.id}\``).join(', ');
  return `No ${what} obligation is listed for ${refusal.incident.id}.${open ? ` Open ones: ${open}.` : ' None is open.'}`;
}
