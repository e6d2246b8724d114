import { Redis } from 'ioredis';
import { DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import type { Incident } from '../../src/domain/incidents/incident';
import type { ObligationDiff } from '../../src/domain/obligations/obligation-diff';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import type { FlowContext } from '../../src/flows/context';
import {
  type Announcement,
  type ChatPort,
  ChatPostFailure,
  type ChecklistView,
  type InviteFailure,
} from '../../src/flows/ports/chat';
import type { ReminderIncident, ReminderScheduling } from '../../src/flows/ports/reminder-scheduling';
import type { BotLog } from '../../src/runtime/log';
import { DeadlineStore } from '../../src/store/deadline-store';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';

/**
 * A chat platform in memory, for the acts' own tests: it keeps channels, members and what was said, and
 * lets a test run code in the middle of a call (a close racing a change). Stores are real Redis.
 */
export class FakeChat implements ChatPort {
  readonly members = new Map<string, Set<string>>();
  readonly announced: { incidentId: string; announcement: Announcement }[] = [];
  readonly calls: string[] = [];
  readonly taken = new Set<string>();
  readonly messages = new Map<string, { author: string; text: string }>();
  /** When set, announce() fails with this code (as the Slack adapter does after its shorter-form retry). */
  failAnnounce: string | null = null;
  /** Runs once, inside the next isMember call: the moment between the gate and the act's write. */
  duringGate: (() => Promise<void>) | null = null;
  private seq = 0;

  /** users.info `tz` by user; absent: the platform could not say. */
  readonly zones = new Map<string, string>();

  async userTimeZone(userId: string): Promise<string | null> {
    this.calls.push('userTimeZone');
    return this.zones.get(userId) ?? null;
  }

  channel(id: string, members: string[]): void {
    this.members.set(id, new Set(members));
  }

  async isMember(channelId: string, userId: string): Promise<boolean> {
    this.calls.push('isMember');
    const hook = this.duringGate;
    this.duringGate = null;
    if (hook) await hook();
    return this.members.get(channelId)?.has(userId) ?? false;
  }
  async createPrivateChannel(name: string): Promise<{ id: string; name: string } | 'name_taken'> {
    this.calls.push(`createPrivateChannel:${name}`);
    if (this.taken.has(name)) return 'name_taken';
    this.seq += 1;
    const id = `G0FAKE${this.seq}`;
    this.members.set(id, new Set(['UBOT']));
    return { id, name };
  }
  async expandResponders(ids: readonly string[]): Promise<string[]> {
    return ids.flatMap((id) => (id.startsWith('S') ? ['UGROUP1', 'UGROUP2'] : [id]));
  }
  async invite(channelId: string, users: readonly string[]): Promise<InviteFailure[]> {
    this.calls.push(`invite:${users.join(',')}`);
    const set = this.members.get(channelId) ?? new Set<string>();
    for (const u of users) set.add(u);
    this.members.set(channelId, set);
    return [];
  }
  async setTopic(): Promise<void> {
    this.calls.push('setTopic');
  }
  async postHeader(): Promise<string | null> {
    this.calls.push('postHeader');
    return '1700000000.000100';
  }
  async refreshHeader(incident: Incident): Promise<void> {
    this.calls.push(`refreshHeader:${incident.status}`);
  }
  async pin(): Promise<void> {
    this.calls.push('pin');
  }
  async postChecklist(_incident: Incident, view: ChecklistView): Promise<string | null> {
    this.calls.push(`postChecklist:${view.items.length}`);
    return '1700000000.000200';
  }
  async refreshChecklist(_incident: Incident, view: ChecklistView): Promise<void> {
    this.calls.push(`refreshChecklist:${[...view.states.values()].filter((s) => s.done).length}`);
  }
  async announce(incident: Incident, announcement: Announcement): Promise<void> {
    this.calls.push(`announce:${announcement.kind}`);
    if (this.failAnnounce) throw new ChatPostFailure(this.failAnnounce);
    this.announced.push({ incidentId: incident.id, announcement });
  }
  async postSummary(): Promise<{ messageTs: string | null; fileId: string | null }> {
    this.calls.push('postSummary');
    return { messageTs: '1700000000.000300', fileId: 'F0SUMMARY' };
  }
  async readMessage(channelId: string, ts: string) {
    const m = this.messages.get(`${channelId}/${ts}`);
    return m ? { channelId, ts, author: m.author, text: m.text, permalink: null } : null;
  }
  async permalink(): Promise<string | null> {
    return null;
  }
  /** Forgets what was said and called; channels and members stay. */
  clear(): void {
    this.failAnnounce = null;
    this.announced.length = 0;
    this.calls.length = 0;
  }
  kinds(): string[] {
    return this.announced.map((a) => a.announcement.kind);
  }
}

/** The reminder scheduler's port, recorded. */
export class FakeReminders implements ReminderScheduling {
  readonly scheduled: { incidentId: string; obligations: string[] }[] = [];
  readonly cancelled: string[] = [];
  readonly cancelledIncidents: string[] = [];
  async scheduleIncident(incident: ReminderIncident, records: readonly ObligationRecord[]): Promise<number> {
    this.scheduled.push({ incidentId: incident.id, obligations: records.map((r) => r.id) });
    return records.length;
  }
  async reschedule(_incident: ReminderIncident, diff: ObligationDiff): Promise<{ removed: number; added: number }> {
    return { removed: diff.affectedIds.length, added: diff.added.length + diff.moved.length };
  }
  async cancelObligations(_incidentId: string, obligationIds: readonly string[]): Promise<number> {
    this.cancelled.push(...obligationIds);
    return obligationIds.length;
  }
  async cancelIncident(incidentId: string): Promise<number> {
    this.cancelledIncidents.push(incidentId);
    return 0;
  }
}

export const silentLog: BotLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A flow context on real Redis under its own key prefix, with the fakes above for chat and reminders. */
export class FlowHarness {
  readonly redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  readonly keys: RedisKeys;
  chat = new FakeChat();
  reminders = new FakeReminders();
  now = new Date('2026-12-01T12:00:00.000Z');
  readonly ctx: FlowContext;

  constructor(readonly prefix: string) {
    this.keys = new RedisKeys(prefix);
    const harness = this;
    this.ctx = {
      incidents: new IncidentStore(this.redis, this.keys),
      timeline: new TimelineStore(this.redis, this.keys),
      deadlines: new DeadlineStore(this.redis, this.keys),
      get chat() {
        return harness.chat;
      },
      get reminders() {
        return harness.reminders;
      },
      settings: {
        channelPrefix: 'inc',
        channelNaming: 'slug',
        checklistTemplate: DEFAULT_TEMPLATE_ID,
        responders: ['UBOB', 'S0GROUP'],
        botUserId: 'UBOT',
        profile: { entityTypes: [], dataTypes: [] },
      },
      now: () => harness.now,
      log: silentLog,
    };
  }

  /** Forgets what the ports were told (channels and members stay). */
  reset(): void {
    this.chat.clear();
    this.reminders = new FakeReminders();
  }

  /** A fresh chat and reminders, for a test that starts from nothing. */
  restart(): void {
    this.chat = new FakeChat();
    this.reminders = new FakeReminders();
  }

  async wipe(): Promise<void> {
    const found = await this.redis.keys(`${this.prefix}:*`);
    if (found.length) await this.redis.del(...found);
  }

  async close(): Promise<void> {
    await this.wipe();
    await this.redis.quit();
  }
}
