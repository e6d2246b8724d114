import { z } from 'zod';
import { incidentIdSchema } from '../../domain/ids';
import type { Incident } from '../../domain/incidents/incident';
import { PHASE_LABELS, phaseOf, ROLE_LABELS, ROLES } from '../../domain/incidents/incident';
import { type Block, mrkdwn, plain } from './block-kit';
import { clipMrkdwn } from './budget';
import { escapeMrkdwn, plainUserText } from './escape';
import { factsFormButton } from './facts-form-button';
import { slackDate } from './slack-date';

export function drillMarker(incident: Pick<Incident, 'drill' | 'drillSpeed'>): string | null {
  if (!incident.drill) return null;
  return `:construction: *EXERCISE — this is a drill, not a real incident.*${incident.drillSpeed > 1 ? ` Clocks run ${incident.drillSpeed}× faster.` : ''}`;
}

/**
 * Marks a message for a drill's channel: "[DRILL]" before the notification text and the exercise banner
 * above the blocks, so no message of a tabletop exercise can be mistaken for a real incident's.
 */
export function drillMessage<M extends { text: string; blocks?: Block[] }>(
  incident: Pick<Incident, 'drill' | 'drillSpeed'>,
  message: M,
): M {
  if (!incident.drill) return message;
  const blocks: Block[] = message.blocks ?? [{ type: 'section', text: mrkdwn(message.text) }];
  return { ...message, text: `[DRILL] ${message.text}`, blocks: [...drillBanner(incident), ...blocks] };
}

/** The exercise banner a drill's message starts with; none for a real incident. */
export function drillBanner(incident: Pick<Incident, 'drill' | 'drillSpeed'>): Block[] {
  const marker = drillMarker(incident);
  return marker ? [{ type: 'context', elements: [mrkdwn(marker)] }] : [];
}

/** The pinned header: what the incident is and who runs it. Re-rendered whenever roles or status change. */
export function incidentHeaderBlocks(incident: Incident): Block[] {
  const commander = incident.roles.commander ?? incident.openedBy;
  const roleFields = ROLES.filter((r) => r !== 'commander' && incident.roles[r]).map((r) =>
    mrkdwn(`*${ROLE_LABELS[r]}*\n<@${incident.roles[r]}>`),
  );
  const blocks: Block[] = drillBanner(incident);
  blocks.push(
    { type: 'header', text: plain(`${incident.id}: ${plainUserText(incident.title)}`.slice(0, 150)) },
    {
      type: 'section',
      block_id: 'incident-facts',
      fields: [
        mrkdwn(`*Severity*\n${incident.severity.toUpperCase()}`),
        mrkdwn(headerStatus(incident)),
        mrkdwn(`*Commander*\n<@${commander}>`),
        mrkdwn(`*Opened*\n${slackDate(incident.openedAt)} by <@${incident.openedBy}>`),
        mrkdwn(`*Discovered*\n${slackDate(incident.discoveredAt)}`),
        ...roleFields,
      ].slice(0, 10),
    },
  );
  if (incident.status === 'open') blocks.push(headerActions(incident));
  if (incident.inviteFailures.length > 0) {
    // A user group chosen in the declare modal that could not be read is named as a group.
    const who = incident.inviteFailures
      .map((f) => `${f.user.startsWith('S') ? `<!subteam^${f.user}>` : `<@${f.user}>`} (${escapeMrkdwn(f.error)})`)
      .join(', ');
    blocks.push({ type: 'context', elements: [mrkdwn(`:warning: Could not invite: ${who}`)] });
  }
  return blocks;
}

/** The status field: the phase while open; once closed, when, and why when a reason was given. */
function headerStatus(incident: Incident): string {
  if (incident.status === 'open') return `*Status*\n${PHASE_LABELS[phaseOf(incident)].label}`;
  const when = incident.closedAt ? ` ${slackDate(incident.closedAt)}` : '';
  // A field holds 2,000 characters; a reason at most 500 (REASON_MAX), escaped.
  const reason = incident.closeReason ? `\n_${clipMrkdwn(escapeMrkdwn(incident.closeReason), 1500)}_` : '';
  return `*Status*\nClosed${when}${reason}`;
}

/** The header's lifecycle buttons (issue 12): each opens a small modal. Gone once closed, like every control. */
export const HEADER_SEVERITY_ACTION_ID = 'incident_header_severity';
export const HEADER_RENAME_ACTION_ID = 'incident_header_rename';
export const HEADER_STATUS_ACTION_ID = 'incident_header_status';

/** What a header button carries: the incident it belongs to, so a button never acts on another. */
export const headerButtonValueSchema = z.strictObject({ incidentId: incidentIdSchema });

function headerActions(incident: Incident): Block {
  const value = JSON.stringify({ incidentId: incident.id });
  return {
    type: 'actions',
    block_id: 'incident-lifecycle',
    elements: [
      { type: 'button', action_id: HEADER_SEVERITY_ACTION_ID, text: plain('Change severity'), value },
      { type: 'button', action_id: HEADER_RENAME_ACTION_ID, text: plain('Rename'), value },
      { type: 'button', action_id: HEADER_STATUS_ACTION_ID, text: plain('Set status'), value },
      factsFormButton(incident.id),
    ],
  };
}

/** The header's notification text: Slack parses it as mrkdwn, so the title is escaped. */
export function incidentHeaderText(incident: Incident): string {
  return `${incident.drill ? '[DRILL] ' : ''}${incident.id}: ${escapeMrkdwn(incident.title)} (${incident.severity.toUpperCase()})`;
}

/** The topic renders mentions and links like a message: the title is escaped (and cut whole-entity). */
export function channelTopic(incident: Incident): string {
  const lead = `${incident.drill ? '[DRILL] ' : ''}${incident.severity.toUpperCase()} · `;
  return `${lead}${clipEscaped(escapeMrkdwn(incident.title), 250 - lead.length)}`;
}

/** Cuts escaped text without leaving half an entity (`&am`), which Slack would show as is. */
function clipEscaped(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, max).replace(/&[a-z]*$/, '');
}
