import { Redis } from 'ioredis';
import { DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import type { Incident } from '../../src/domain/incidents/incident';
import type { ObligationDiff } from '../../src/domain/obligations/obligation-diff';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import type { FlowContext } from '../../src/flows/context';
import {
  type ActPost,
  type Announcement,
  type ChatPort,
  ChatPostFailure,
  type ChecklistView,
  type InviteFailure,
  type OpenReply,
} from '../../src/flows/ports/chat';
import type { ReminderIncident, ReminderScheduling } from '../../src/flows/ports/reminder-scheduling';
import type { BotLog } from '../../src/runtime/log';
import { noMetrics } from '../../src/runtime/metrics';
import { ActStore } from '../../src/store/act-store';
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
  /** Private channels made, by name (what findOwnPrivateChannel looks up). */
  readonly channelsByName = new Map<string, string>();
  /** The acts' own posts (header, checklist, obligations), as their metadata would find them. */
  readonly actPosts: { channelId: string; incidentId: string; post: ActPost; ts: string }[] = [];
  /** Answers on response_urls. */
  readonly answers: { url: string; reply: OpenReply }[] = [];
  /** Faults for the next call of a method: `applied` = it takes effect, then fails (an ambiguous answer). */
  private readonly faults = new Map<string, { applied: boolean; times: number }>();
  private seq = 0;

  failNext(
    method:
      | 'createPrivateChannel'
      | 'postHeader'
      | 'postChecklist'
      | 'invite'
      | 'refreshHeader'
      | 'postSummary'
      /** The summary file's share, after its id was told to `started` (the summary message is posted). */
      | 'shareFile',
    applied: boolean,
    times = 1,
  ): void {
    this.faults.set(method, { applied, times });
  }

  /** Throws before the effect for an unapplied fault; returns whether to throw after it (applied). */
  private fault(method: string): boolean {
    const f = this.faults.get(method);
    if (!f) return false;
    f.times -= 1;
    if (f.times <= 0) this.faults.delete(method);
    if (!f.applied) throw Object.assign(new Error('fake 500'), { code: 'slack_webapi_http_error' });
    return true;
  }
  private static afterEffect(): never {
    throw Object.assign(new Error('fake 500 after the effect'), { code: 'slack_webapi_http_error' });
  }

  async findOwnPrivateChannel(name: string): Promise<{ id: string; name: string } | null> {
    this.calls.push(`findOwnPrivateChannel:${name}`);
    const id = this.channelsByName.get(name);
    return id ? { id, name } : null;
  }
  async findActPost(channelId: string, incidentId: string, post: ActPost): Promise<string | null> {
    this.calls.push(`findActPost:${post}`);
    return (
      this.actPosts.find((p) => p.channelId === channelId && p.incidentId === incidentId && p.post === post)?.ts ?? null
    );
  }
  async answerOpen(url: string, reply: OpenReply): Promise<boolean> {
    this.answers.push({ url, reply });
    return true;
  }
  async answerOpenDirect(userId: string, reply: OpenReply): Promise<boolean> {
    this.answers.push({ url: `dm:${userId}`, reply });
    return true;
  }
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
    const applied = this.fault('createPrivateChannel');
    if (this.taken.has(name) || this.channelsByName.has(name)) return 'name_taken';
    this.seq += 1;
    const id = `G0FAKE${this.seq}`;
    this.members.set(id, new Set(['UBOT']));
    this.channelsByName.set(name, id);
    if (applied) FakeChat.afterEffect();
    return { id, name };
  }
  async expandResponders(ids: readonly string[]): Promise<string[]> {
    return ids.flatMap((id) => (id.startsWith('S') ? ['UGROUP1', 'UGROUP2'] : [id]));
  }
  async invite(channelId: string, users: readonly string[]): Promise<InviteFailure[]> {
    this.calls.push(`invite:${users.join(',')}`);
    this.fault('invite');
    const set = this.members.get(channelId) ?? new Set<string>();
    for (const u of users) set.add(u);
    this.members.set(channelId, set);
    return [];
  }
  async setTopic(): Promise<void> {
    this.calls.push('setTopic');
  }
  async postHeader(incident: Incident): Promise<string | null> {
    this.calls.push('postHeader');
    const applied = this.fault('postHeader');
    const ts = this.actPosts.some((p) => p.post === 'header') ? `1700000000.1${++this.seq}` : '1700000000.000100';
    this.actPosts.push({ channelId: incident.channelId, incidentId: incident.id, post: 'header', ts });
    if (applied) FakeChat.afterEffect();
    return ts;
  }
  async refreshHeader(incident: Incident): Promise<void> {
    this.calls.push(`refreshHeader:${incident.status}`);
    this.fault('refreshHeader');
  }
  async pin(): Promise<void> {
    this.calls.push('pin');
  }
  async postChecklist(incident: Incident, view: ChecklistView): Promise<string | null> {
    this.calls.push(`postChecklist:${view.items.length}`);
    const applied = this.fault('postChecklist');
    const ts = this.actPosts.some((p) => p.post === 'checklist') ? `1700000000.2${++this.seq}` : '1700000000.000200';
    this.actPosts.push({ channelId: incident.channelId, incidentId: incident.id, post: 'checklist', ts });
    if (applied) FakeChat.afterEffect();
    return ts;
  }
  async refreshChecklist(_incident: Incident, view: ChecklistView): Promise<void> {
    this.calls.push(`refreshChecklist:${[...view.states.values()].filter((s) => s.done).length}`);
  }
  async announce(incident: Incident, announcement: Announcement, post?: ActPost): Promise<void> {
    this.calls.push(`announce:${announcement.kind}`);
    if (this.failAnnounce) throw new ChatPostFailure(this.failAnnounce);
    this.announced.push({ incidentId: incident.id, announcement });
    if (post)
      this.actPosts.push({
        channelId: incident.channelId,
        incidentId: incident.id,
        post,
        ts: `1700000000.3${++this.seq}`,
      });
  }
  async postSummary(
    incident: Incident,
    _summary: unknown,
    file: { final: boolean },
    started?: (fileId: string) => Promise<void>,
  ): Promise<{ messageTs: string | null; fileId: string | null }> {
    this.calls.push('postSummary');
    const applied = this.fault('postSummary');
    if (file.final) {
      this.actPosts.push({
        channelId: incident.channelId,
        incidentId: incident.id,
        post: 'final_summary',
        ts: `1700000000.4${++this.seq}`,
      });
    }
    if (applied) FakeChat.afterEffect();
    return { messageTs: '1700000000.000300', fileId: await this.shareFile(started) };
  }
  async uploadSummaryFile(
    _incident: Incident,
    _file: unknown,
    started?: (fileId: string) => Promise<void>,
  ): Promise<string | null> {
    this.calls.push('uploadSummaryFile');
    return this.shareFile(started);
  }
  /** The first summary file is F0SUMMARY, each later one F0SUMMARY<n>: a fresh copy is told apart. */
  private files = 0;
  private async shareFile(started?: (fileId: string) => Promise<void>): Promise<string> {
    this.files += 1;
    const id = this.files === 1 ? 'F0SUMMARY' : `F0SUMMARY${this.files}`;
    await started?.(id);
    this.fault('shareFile');
    this.sharedFiles.push(id);
    return id;
  }
  /** Summary files shared into channels, by id (a file shared twice is here twice). */
  readonly sharedFiles: string[] = [];
  async findSharedFile(_channelId: string, fileId: string): Promise<boolean> {
    this.calls.push('findSharedFile');
    return this.sharedFiles.includes(fileId);
  }
  /** Summary files deleted, by id. */
  readonly discardedFiles: string[] = [];
  /** When set, discardFile fails with this code (the platform did not delete the file). */
  failDiscard: string | null = null;
  async discardFile(fileId: string): Promise<void> {
    this.calls.push('discardFile');
    if (this.failDiscard) throw new ChatPostFailure(this.failDiscard);
    this.discardedFiles.push(fileId);
    for (let i = this.sharedFiles.indexOf(fileId); i >= 0; i = this.sharedFiles.indexOf(fileId)) {
      this.sharedFiles.splice(i, 1);
    }
  }
  async readMessage(channelId: string, ts: string) {
    const m = this.messages.get(`${channelId}/${ts}`);
    return m ? { channelId, ts, author: m.author, text: m.text, permalink: null } : null;
  }
  async permalink(): Promise<string | null> {
    return null;
  }
  /** The register as last posted or updated: its ts and the records it showed. */
  register: { ts: string; records: readonly ObligationRecord[]; updates: number } | null = null;
  /** When set, posting or updating the register fails with this code. */
  failRegister: string | null = null;
  async postRegister(incident: Incident, records: readonly ObligationRecord[]): Promise<string | null> {
    this.calls.push('postRegister');
    if (this.failRegister) throw new ChatPostFailure(this.failRegister);
    const ts = this.actPosts.some((p) => p.post === 'register') ? `1700000000.5${++this.seq}` : '1700000000.000400';
    this.register = { ts, records, updates: 0 };
    this.actPosts.push({
      channelId: incident.channelId,
      incidentId: incident.id,
      post: 'register',
      ts: this.register.ts,
    });
    return this.register.ts;
  }
  async refreshRegister(incident: Incident, records: readonly ObligationRecord[]): Promise<void> {
    this.calls.push('refreshRegister');
    if (this.failRegister) throw new ChatPostFailure(this.failRegister);
    this.register = { ts: incident.registerMessageTs ?? '', records, updates: (this.register?.updates ?? 0) + 1 };
  }
  /** Forgets what was said and called; channels and members stay. */
  clear(): void {
    this.failAnnounce = null;
    this.failRegister = null;
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
  /** Obligations whose reminders a reschedule removed (given, moved, dropped) and added (moved, reopened). */
  readonly removedFor: string[] = [];
  readonly addedFor: string[] = [];
  async reschedule(_incident: ReminderIncident, diff: ObligationDiff): Promise<{ removed: number; added: number }> {
    this.removedFor.push(...diff.affectedIds);
    this.addedFor.push(...diff.added.map((o) => o.id), ...diff.moved.map((m) => m.after.id));
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

  /**
   * Redis commands the stores sent since `countCommands()`; after `crashAfter(n)`, every one past the n-th fails
   * (a pipeline's commands all fail when the n-th falls inside it).
   */
  commandsSent = 0;
  private crashAt: number | null = null;

  constructor(readonly prefix: string) {
    this.keys = new RedisKeys(prefix);
    this.interceptCommands();
    const harness = this;
    this.ctx = {
      incidents: new IncidentStore(this.redis, this.keys),
      acts: new ActStore(this.redis, this.keys, 2_000),
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
      metrics: noMetrics,
    };
  }

  /**
   * A process dying mid-act, as Redis sees it: the first `n` commands are sent, none after them (each fails
   * with `simulated crash`), until `revive()`. The test then retries the act as a restarted bot would.
   */
  crashAfter(n: number): void {
    this.commandsSent = 0;
    this.crashAt = n;
  }

  revive(): void {
    this.crashAt = null;
  }

  countCommands(): void {
    this.commandsSent = 0;
  }

  /**
   * Every command the stores send passes here. A pipeline (and a MULTI, which ioredis sends as one) goes out
   * in one write once all its commands are queued, so it is cut as one: a cut inside it sends none of it, as a
   * process that died before that write would. Cutting it command by command would leave its first commands
   * queued for replies that never come (the pipeline hangs, and later replies land on the wrong commands).
   */
  private interceptCommands(): void {
    type Command = Parameters<Redis['sendCommand']>[0];
    type Stream = Parameters<Redis['sendCommand']>[1];
    const send = this.redis.sendCommand.bind(this.redis);
    const batches = new Map<Stream, Command[]>();
    const sendBatch = (stream: Stream, batch: Command[]) => {
      if (this.crashAt !== null && this.commandsSent + batch.length > this.crashAt) {
        this.commandsSent = this.crashAt;
        for (const command of batch) command.reject(new Error('simulated crash'));
        return;
      }
      this.commandsSent += batch.length;
      for (const command of batch) send(command, stream);
    };
    this.redis.sendCommand = ((command: Command, stream?: Stream) => {
      if (stream && 'isPipeline' in stream && stream.isPipeline) {
        // ioredis queues a pipeline's commands in one synchronous loop: by the next microtask it has them all.
        let batch = batches.get(stream);
        if (!batch) {
          const queued: Command[] = [];
          batch = queued;
          batches.set(stream, queued);
          queueMicrotask(() => {
            batches.delete(stream);
            sendBatch(stream, queued);
          });
        }
        batch.push(command);
        return command.promise;
      }
      if (this.crashAt !== null && this.commandsSent >= this.crashAt) {
        command.reject(new Error('simulated crash'));
        return command.promise;
      }
      this.commandsSent += 1;
      return send(command, stream);
    }) as Redis['sendCommand'];
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
