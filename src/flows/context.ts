import type { LifecycleAuthority } from '../domain/incidents/authority';
import type { ChannelNaming } from '../domain/incidents/channel-naming';
import type { OrgProfile } from '../domain/obligations/deadline-state';
import type { BotLog } from '../runtime/log';
import type { BotMetrics } from '../runtime/metrics';
import type { Slots } from '../runtime/slots';
import type { ActStore } from '../store/act-store';
import type { DeadlineStore } from '../store/deadline-store';
import type { IncidentStore } from '../store/incident-store';
import type { StaleRegisters } from '../store/stale-registers';
import type { TimelineStore } from '../store/timeline-store';
import type { TimelineAnchoring } from './ports/anchors';
import type { ChatPort } from './ports/chat';
import type { HomeRefresh } from './ports/home';
import type { ObligationsComputing } from './ports/obligations-computing';
import type { ReminderScheduling } from './ports/reminder-scheduling';

/** Settings the acts read; from the environment, fixed for the process's life. */
export interface FlowSettings {
  channelPrefix: string;
  channelNaming: ChannelNaming;
  checklistTemplate: string;
  /** INCIDENT_RESPONDERS: user and user-group ids invited to every incident. */
  responders: string[];
  /** The bot's own user id: never invited, never given a role. */
  botUserId: string;
  /** INCIDENT_ADMINS: user and user-group ids holding the commander's authority in every incident. */
  admins?: readonly string[];
  /** LIFECYCLE_AUTHORITY: who may close and reopen (the commander by default, or any member). */
  lifecycleAuthority?: LifecycleAuthority;
  profile: OrgProfile;
}

/** Everything an act may use: the stores, the chat and reminder ports, the clock, the log and the metrics. */
export interface FlowContext {
  incidents: IncidentStore;
  /** Multi-step acts' intent and progress, and their leases (resumable opens). */
  acts: ActStore;
  /** How many acts this process runs at once (ACT_CONCURRENCY); unbounded when absent. */
  actSlots?: Slots;
  timeline: TimelineStore;
  deadlines: DeadlineStore;
  /** Changes whose register is not drawn yet, for the resumer after a crash. Absent: not tracked (flow tests). */
  staleRegisters?: StaleRegisters;
  /** The deadline engine off the event loop (worker threads): absent, it runs inline (flow tests, CLI, OBLIGATION_THREADS=0). */
  obligations?: ObligationsComputing;
  chat: ChatPort;
  reminders: ReminderScheduling;
  /** The timeline's anchors in Slack (issue 10): absent where nothing anchors (flow tests, CLI). */
  anchors?: TimelineAnchoring;
  /** The Home tabs, told when an incident's clocks change: absent where nobody has a Home (flow tests, CLI). */
  home?: HomeRefresh;
  settings: FlowSettings;
  now: () => Date;
  log: BotLog;
  /** Counters the acts feed (acts started/finished/resumed); prom-client stays behind this port. */
  metrics: BotMetrics;
}

/** Who asks, and where: every act on an incident starts from its channel. */
export interface Actor {
  userId: string;
  channelId: string;
}
