import { CHECKLIST_TEMPLATES } from '../domain/checklist/templates';
import { itemsForSeverity, type ChecklistItem, type ChecklistItemState } from '../domain/checklist/checklist';
import { baseChannelName, channelNameCandidate, neutralWords, type ChannelNaming } from '../domain/incidents/channel-naming';
import type { Incident, Severity } from '../domain/incidents/incident';
import type { IncidentStore } from '../store/incident-store';

export interface IncidentSettings {
  channelPrefix: string;
  channelNaming: ChannelNaming;
  checklistTemplate: string;
}

export interface OpenRequest {
  title: string;
  severity: Severity;
  discoveredAt?: string;
  regimes: string[];
  drill: boolean;
  speed: number;
  openedBy: string;
  teamId?: string;
  openedAt: Date;
}

/** How many `-N` suffixes to try before giving up on a name: far more than a day's incidents. */
export const MAX_NAME_ATTEMPTS = 100;

export class IncidentRefusal extends Error {}

/** Incident rules that hold whatever the chat front-end: naming, checklist depth, state transitions. */
export class IncidentService {
  constructor(
    readonly store: IncidentStore,
    private readonly settings: IncidentSettings,
  ) {}

  /** Candidate channel names in the order to try them; a drill is named `drill-…` so nobody mistakes it. */
  *channelNames(request: Pick<OpenRequest, 'title' | 'openedAt' | 'drill'>): Generator<string> {
    const base = baseChannelName({
      prefix: request.drill ? 'drill' : this.settings.channelPrefix,
      openedAt: request.openedAt,
      title: request.title,
      naming: this.settings.channelNaming,
      neutral: neutralWords(),
    });
    for (let n = 1; n <= MAX_NAME_ATTEMPTS; n += 1) yield channelNameCandidate(base, n);
  }

  async register(request: OpenRequest, channel: { id: string; name: string }): Promise<Incident> {
    const incident: Incident = {
      id: await this.store.nextId(),
      title: request.title,
      severity: request.severity,
      status: 'open',
      drill: request.drill,
      drillSpeed: request.drill ? request.speed : 1,
      channelId: channel.id,
      channelName: channel.name,
      ...(request.teamId ? { teamId: request.teamId } : {}),
      openedBy: request.openedBy,
      openedAt: request.openedAt.toISOString(),
      discoveredAt: request.discoveredAt ?? request.openedAt.toISOString(),
      roles: { commander: request.openedBy },
      regimes: request.regimes,
      checklistTemplate: this.settings.checklistTemplate,
      inviteFailures: [],
    };
    await this.store.create(incident);
    return incident;
  }

  checklistItems(incident: Incident): ChecklistItem[] {
    const template = CHECKLIST_TEMPLATES.get(incident.checklistTemplate);
    if (!template) throw new Error(`incident ${incident.id} uses unknown checklist template ${incident.checklistTemplate}`);
    return itemsForSeverity(template, incident.severity);
  }

  async checklistStates(incident: Incident): Promise<Map<string, ChecklistItemState>> {
    return this.store.getChecklist(incident.id);
  }

  /** Ticks or unticks an item; false when it already was in that state (nothing stored, nothing to post). */
  async setChecklistItem(incident: Incident, itemId: string, done: boolean, by: string, at: Date): Promise<boolean> {
    if (incident.status === 'closed') throw new IncidentRefusal(`${incident.id} is closed; its checklist can no longer change.`);
    if (!this.checklistItems(incident).some((i) => i.id === itemId)) {
      throw new IncidentRefusal(`\`${itemId}\` is not on this incident's checklist.`);
    }
    return this.store.transitionChecklistItem(incident.id, itemId, { done, by, at: at.toISOString() });
  }
}
