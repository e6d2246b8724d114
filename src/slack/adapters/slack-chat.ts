import type { WebClient } from '@slack/web-api';
import { mentionedUsers, mentionsAsTyped } from '../../../commands/incident/mentions';
import type { Incident } from '../../domain/incidents/incident';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import type { IncidentSummary } from '../../domain/summary/incident-summary';
import { ANCHOR_EVENT_TYPE } from '../../domain/timeline/anchor';
import type { RecordedMessage } from '../../domain/timeline/decision-entry';
import {
  type ActPost,
  type Announcement,
  type ChatPort,
  ChatPostFailure,
  type ChecklistView,
  type InviteFailure,
  type OpenReply,
} from '../../flows/ports/chat';
import { anchorMetadata } from '../messages/anchor-message';
import { announcementMessage } from '../messages/announcements';
import { COMPACT_BUDGET, MESSAGE_BUDGET } from '../messages/budget';
import { checklistBlocks } from '../messages/checklist-message';
import { openReplyText } from '../messages/command-replies';
import { escapeMrkdwn, slackTextAsTyped } from '../messages/escape';
import { channelTopic, incidentHeaderBlocks, incidentHeaderText } from '../messages/incident-header';
import { registerMessage } from '../messages/register-message';
import { summaryBlocks, summaryFallbackText } from '../messages/summary-message';
import { failureCode, failureWord, mayHaveTakenEffect, SHORTER_FORM_CURES, slackErrorCode } from './slack-errors';

/** The metadata event type of the posts an act makes (header, checklist, obligations at open). */
export const ACT_POST_EVENT_TYPE = 'breachbot_act_post';

function actPostMetadata(incidentId: string, post: ActPost) {
  return { event_type: ACT_POST_EVENT_TYPE, event_payload: { incident_id: incidentId, post } };
}

const ZONE_CACHE_MS = 60 * 60 * 1000;
const ZONE_CACHE_MAX = 5000;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The chat port over Slack's Web API: what each act needs of Slack, and nothing of Block Kit leaks out. */
export class SlackChat implements ChatPort {
  /** users.info answers, by user id (an empty string: Slack knows the user but gave no name). */
  private readonly names = new Map<string, string>();

  /** users.info `tz` by user: asked once an hour at most, as a slash command must be answered within 3 s. */
  private readonly zones = new Map<string, { zone: string | null; at: number }>();

  constructor(
    private readonly client: WebClient,
    private readonly answerTimeoutMs = 10_000,
  ) {}

  /**
   * conversations.list of the private channels the bot is in (a bot sees exactly those), by name. Slack
   * answers a page per call; the bot is in few private channels, so this is a handful of pages at most.
   */
  async findOwnPrivateChannel(name: string): Promise<{ id: string; name: string } | null> {
    let cursor: string | undefined;
    for (let page = 0; page < 50; page += 1) {
      const listed = await this.client.conversations.list({
        types: 'private_channel',
        exclude_archived: true,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      });
      const found = listed.channels?.find((c) => c.name === name && c.is_member !== false);
      if (found?.id) return { id: found.id, name: found.name ?? name };
      cursor = listed.response_metadata?.next_cursor || undefined;
      if (!cursor) return null;
    }
    return null;
  }

  /** conversations.history with metadata since the act began, newest first, looking for the act's post. */
  async findActPost(channelId: string, incidentId: string, post: ActPost, sinceMs: number): Promise<string | null> {
    let cursor: string | undefined;
    for (let page = 0; page < 20; page += 1) {
      const history = await this.client.conversations.history({
        channel: channelId,
        oldest: String(Math.floor((sinceMs - 120_000) / 1000)),
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      for (const m of history.messages ?? []) {
        const meta = (m as { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }).metadata;
        if (
          (meta?.event_type === ACT_POST_EVENT_TYPE || meta?.event_type === ANCHOR_EVENT_TYPE) &&
          meta.event_payload?.incident_id === incidentId &&
          meta.event_payload?.post === post
        ) {
          return m.ts ?? null;
        }
      }
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!cursor) return null;
    }
    return null;
  }

  /**
   * A POST on the slash command's response_url (what Bolt's respond() does), so that a resumed act in
   * another process can answer too. Slack answers 404 once the URL expired (30 minutes) or was used up.
   */
  async answerOpen(responseUrl: string, reply: OpenReply): Promise<boolean> {
    const res = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        response_type: 'ephemeral',
        replace_original: false,
        text: openReplyText(reply, reply.kind === 'unfinished' ? failureWord(reply.cause) : undefined),
      }),
      signal: AbortSignal.timeout(this.answerTimeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok;
  }

  /**
   * chat.postMessage to the person's user id: Slack posts it in the app's direct messages with them (the
   * Messages tab), with `chat:write` alone; no conversations.open (and no `im:write`) is needed.
   */
  async answerOpenDirect(userId: string, reply: OpenReply): Promise<boolean> {
    const text = openReplyText(reply, reply.kind === 'unfinished' ? failureWord(reply.cause) : undefined);
    const posted = await this.client.chat.postMessage({ channel: userId, text });
    return posted.ok === true;
  }

  async isMember(channelId: string, userId: string): Promise<boolean> {
    let cursor: string | undefined;
    do {
      const page = await this.client.conversations.members({
        channel: channelId,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      });
      if (page.members?.includes(userId)) return true;
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return false;
  }

  async createPrivateChannel(name: string): Promise<{ id: string; name: string } | 'name_taken'> {
    try {
      const created = await this.client.conversations.create({ name, is_private: true });
      if (!created.channel?.id) throw new Error('conversations.create answered without a channel');
      return { id: created.channel.id, name: created.channel.name ?? name };
    } catch (error) {
      if (slackErrorCode(error) === 'name_taken') return 'name_taken';
      throw error;
    }
  }

  async expandResponders(ids: readonly string[]): Promise<string[]> {
    const users = new Set<string>();
    for (const id of ids) {
      if (!id.startsWith('S')) {
        users.add(id);
        continue;
      }
      const group = await this.client.usergroups.users.list({ usergroup: id });
      for (const member of group.users ?? []) users.add(member);
    }
    return [...users];
  }

  /**
   * Everyone in one call; if Slack refuses the batch (one deactivated or external user fails the whole call),
   * one by one so the rest still get in.
   */
  async invite(channelId: string, users: readonly string[]): Promise<InviteFailure[]> {
    if (users.length === 0) return [];
    try {
      await this.client.conversations.invite({ channel: channelId, users: users.join(',') });
      return [];
    } catch {
      const failures: InviteFailure[] = [];
      for (const user of users) {
        try {
          await this.client.conversations.invite({ channel: channelId, users: user });
        } catch (error) {
          const code = slackErrorCode(error);
          if (code !== 'already_in_channel') failures.push({ user, error: code });
        }
      }
      return failures;
    }
  }

  async setTopic(incident: Incident): Promise<void> {
    await this.client.conversations.setTopic({ channel: incident.channelId, topic: channelTopic(incident) });
  }

  async postHeader(incident: Incident): Promise<string | null> {
    const posted = await this.client.chat.postMessage({
      channel: incident.channelId,
      text: incidentHeaderText(incident),
      blocks: incidentHeaderBlocks(incident),
      metadata: actPostMetadata(incident.id, 'header'),
    });
    return posted.ts ?? null;
  }

  async refreshHeader(incident: Incident): Promise<void> {
    if (!incident.headerMessageTs) return;
    await this.client.chat.update({
      channel: incident.channelId,
      ts: incident.headerMessageTs,
      text: incidentHeaderText(incident),
      blocks: incidentHeaderBlocks(incident),
    });
  }

  async pin(channelId: string, messageTs: string): Promise<void> {
    try {
      await this.client.pins.add({ channel: channelId, timestamp: messageTs });
    } catch (error) {
      // A repeated pin (a resumed open) finds it done.
      if (slackErrorCode(error) !== 'already_pinned') throw error;
    }
  }

  async postChecklist(incident: Incident, view: ChecklistView): Promise<string | null> {
    const posted = await this.client.chat.postMessage({
      channel: incident.channelId,
      text: `Breach response checklist (${view.items.length} items)`,
      blocks: checklistBlocks(incident, view),
      metadata: actPostMetadata(incident.id, 'checklist'),
    });
    return posted.ts ?? null;
  }

  async refreshChecklist(incident: Incident, view: ChecklistView): Promise<void> {
    if (!incident.checklistMessageTs) return;
    const done = view.items.filter((i) => view.states.get(i.id)?.done).length;
    await this.client.chat.update({
      channel: incident.channelId,
      ts: incident.checklistMessageTs,
      text: `Breach response checklist: ${done} of ${view.items.length} done`,
      blocks: checklistBlocks(incident, view),
    });
  }

  /**
   * The announcement within the message budget; if Slack still refuses it for its size (its cumulative limit
   * is undocumented), once more in the compact form, which lists less and counts more. Any other failure, or
   * a second refusal, is a ChatPostFailure with Slack's code.
   */
  async announce(incident: Incident, announcement: Announcement, actPost?: ActPost): Promise<void> {
    const post = (limits: typeof MESSAGE_BUDGET) =>
      this.client.chat.postMessage({
        channel: incident.channelId,
        ...announcementMessage(incident, announcement, limits),
        ...(actPost ? { metadata: actPostMetadata(incident.id, actPost) } : {}),
      });
    try {
      await post(MESSAGE_BUDGET);
    } catch (error) {
      const code = failureCode(error);
      if (!SHORTER_FORM_CURES.has(code)) throw new ChatPostFailure(code, { cause: error });
      try {
        await post(COMPACT_BUDGET);
      } catch (retryError) {
        throw new ChatPostFailure(failureCode(retryError), { cause: retryError });
      }
    }
  }

  async postRegister(incident: Incident, records: readonly ObligationRecord[], now: Date): Promise<string | null> {
    const posted = await this.inShorterFormIfRefused((limits) =>
      this.client.chat.postMessage({
        channel: incident.channelId,
        ...registerMessage(incident, records, now, limits),
        // Found by a resumed open that may have posted it already (crashed before its ts was stored).
        metadata: actPostMetadata(incident.id, 'register'),
      }),
    );
    return posted.ts ?? null;
  }

  async refreshRegister(incident: Incident, records: readonly ObligationRecord[], now: Date): Promise<void> {
    const ts = incident.registerMessageTs;
    if (!ts) return;
    await this.inShorterFormIfRefused((limits) =>
      this.client.chat.update({ channel: incident.channelId, ts, ...registerMessage(incident, records, now, limits) }),
    );
  }

  /** A post within the message budget, and once more in the compact form if Slack refuses it for its size. */
  private async inShorterFormIfRefused<T>(send: (limits: typeof MESSAGE_BUDGET) => Promise<T>): Promise<T> {
    try {
      return await send(MESSAGE_BUDGET);
    } catch (error) {
      const code = failureCode(error);
      if (!SHORTER_FORM_CURES.has(code)) throw new ChatPostFailure(code, { cause: error });
      try {
        return await send(COMPACT_BUDGET);
      } catch (retryError) {
        throw new ChatPostFailure(failureCode(retryError), { cause: retryError });
      }
    }
  }

  /** The summary message, then the Markdown file (files.uploadV2: getUploadURLExternal → upload → complete). */
  async postSummary(
    incident: Incident,
    summary: IncidentSummary,
    file: { name: string; markdown: string; final: boolean },
    started?: (fileId: string) => Promise<void>,
  ): Promise<{ messageTs: string | null; fileId: string | null; fileError?: string; fileUnsettled?: boolean }> {
    const posted = await this.client.chat.postMessage({
      channel: incident.channelId,
      text: summaryFallbackText(summary, file.final),
      blocks: summaryBlocks(summary, { final: file.final, fileName: file.name }),
      // Each summary is an anchor too, never updated: the chain's state when it was posted. The final one is
      // also the close's last post: a resumed close finds it by `post` instead of posting it again.
      ...(summary.integrity.headHash
        ? {
            metadata: anchorMetadata({
              incident_id: incident.id,
              length: summary.integrity.entries,
              head_hash: summary.integrity.headHash,
              ...(file.final ? { post: 'final_summary' as const } : {}),
            }),
          }
        : file.final
          ? { metadata: actPostMetadata(incident.id, 'final_summary') }
          : {}),
    });
    // The message is in the channel by now: a failed upload is reported with it, not thrown as if nothing went out.
    try {
      return { messageTs: posted.ts ?? null, fileId: await this.uploadSummaryFile(incident, file, started) };
    } catch (error) {
      return {
        messageTs: posted.ts ?? null,
        fileId: null,
        fileError: failureCode(error),
        ...(error instanceof UnsettledShare ? { fileUnsettled: true } : {}),
      };
    }
  }

  /**
   * files.uploadV2's three steps, taken one by one so the file id is known (and given to `started`) before the
   * bytes go up and before files.completeUploadExternal shares the file into the channel: a process killed
   * during the share leaves an id its resumed act looks for in the channel, instead of sharing a second copy.
   */
  async uploadSummaryFile(
    incident: Incident,
    file: { name: string; markdown: string; final: boolean },
    started?: (fileId: string) => Promise<void>,
  ): Promise<string | null> {
    const bytes = Buffer.from(file.markdown, 'utf8');
    const target = await this.client.files.getUploadURLExternal({ filename: file.name, length: bytes.length });
    if (!target.upload_url || !target.file_id) throw new ChatPostFailure('no_upload_url');
    await started?.(target.file_id);
    // Slack takes the raw bytes (or a multipart form) on the upload URL, and answers 200.
    const sent = await fetch(target.upload_url, {
      method: 'POST',
      body: bytes,
      signal: AbortSignal.timeout(this.answerTimeoutMs),
    });
    await sent.arrayBuffer().catch(() => undefined);
    if (!sent.ok) throw new ChatPostFailure(`upload_http_${sent.status}`);
    const completed = await this.client.files
      .completeUploadExternal({
        files: [{ id: target.file_id, title: `${incident.id} ${file.final ? 'final ' : ''}summary` }],
        channel_id: incident.channelId,
      })
      .catch((error: unknown) => {
        throw mayHaveTakenEffect(error) ? new UnsettledShare(failureCode(error), { cause: error }) : error;
      });
    return uploadedFileId(completed) ?? target.file_id;
  }

  /** conversations.history since `sinceMs`: a message sharing the file (what completeUploadExternal posts). */
  async findSharedFile(channelId: string, fileId: string, sinceMs: number): Promise<boolean> {
    let cursor: string | undefined;
    for (let page = 0; page < 20; page += 1) {
      const history = await this.client.conversations.history({
        channel: channelId,
        oldest: String(Math.floor((sinceMs - 120_000) / 1000)),
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      // A deleted file leaves a tombstone in the message that shared it: that is no file in the channel.
      if (history.messages?.some((m) => m.files?.some((f) => f.id === fileId && f.mode !== 'tombstone'))) return true;
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!cursor) return false;
    }
    return false;
  }

  /**
   * files.delete (the bot's own file: `files:write`). Slack answers `file_not_found` or `file_deleted` for a file
   * that is not there to delete: either way it cannot be shared any more, which is what the caller wants.
   */
  async discardFile(fileId: string): Promise<void> {
    try {
      await this.client.files.delete({ file: fileId });
    } catch (error) {
      const code = failureCode(error);
      if (code !== 'file_not_found' && code !== 'file_deleted') throw new ChatPostFailure(code, { cause: error });
    }
  }

  /**
   * conversations.history finds a top-level message (latest = its ts, inclusive, limit 1); a reply in a
   * thread is not in the history, so conversations.replies is asked next.
   */
  async readMessage(channelId: string, ts: string): Promise<RecordedMessage | null> {
    const history = await this.client.conversations.history({
      channel: channelId,
      latest: ts,
      inclusive: true,
      limit: 1,
    });
    const found = history.messages?.find((m) => m.ts === ts) ?? (await this.findReply(channelId, ts));
    if (!found) return null;
    const sent = found.text ?? '';
    // A person is `<@U123>` in a message's text, without a name: looked up, so the record reads as Slack showed
    // it (`@Bob Brown`) and its echo notifies nobody. Escaped like the rest of the text Slack sent.
    const names = await this.userNames(mentionedUsers(sent));
    const escapedNames = new Map([...names].map(([id, name]) => [id, escapeMrkdwn(name)]));
    return {
      channelId,
      ts,
      author: found.user ?? found.bot_id ?? 'unknown',
      // Slack keeps `&`, `<`, `>` escaped in a message's text: stored as typed, escaped once when shown.
      text: slackTextAsTyped(mentionsAsTyped(sent, escapedNames)),
      permalink: await this.permalink(channelId, ts),
    };
  }

  /** users.info for each id not seen before in this process; names rarely change within an incident's life. */
  async userNames(userIds: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const id of new Set(userIds)) {
      let name = this.names.get(id);
      if (name === undefined) {
        const info = await this.client.users.info({ user: id }).catch(() => null);
        name = info?.user?.profile?.display_name || info?.user?.real_name || info?.user?.name || '';
        // Only answers are cached: a failed lookup is tried again next time.
        if (info) this.names.set(id, name);
      }
      if (name) found.set(id, name);
    }
    return found;
  }

  /** Null when Slack will not give one: the record is still worth keeping without it. */
  async userTimeZone(userId: string): Promise<string | null> {
    const cached = this.zones.get(userId);
    if (cached && Date.now() - cached.at < ZONE_CACHE_MS) return cached.zone;
    const info = await this.client.users.info({ user: userId }).catch(() => null);
    const zone = typeof info?.user?.tz === 'string' && isTimeZone(info.user.tz) ? info.user.tz : null;
    // A failed look-up is not cached: the next command asks again.
    if (info) {
      if (this.zones.size >= ZONE_CACHE_MAX) this.zones.delete(this.zones.keys().next().value ?? '');
      this.zones.set(userId, { zone, at: Date.now() });
    }
    return zone;
  }

  async permalink(channelId: string, ts: string): Promise<string | null> {
    const result = await this.client.chat.getPermalink({ channel: channelId, message_ts: ts }).catch(() => null);
    return result?.permalink ?? null;
  }

  /**
   * Slack answers conversations.replies with the thread's parent first whatever the range, so the reply is
   * looked for in the pages (from its own ts on), never assumed to be the first.
   */
  private async findReply(channelId: string, ts: string) {
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const replies = await this.client.conversations
        .replies({ channel: channelId, ts, oldest: ts, inclusive: true, limit: 200, ...(cursor ? { cursor } : {}) })
        .catch(() => null);
      const found = replies?.messages?.find((m) => m.ts === ts);
      if (found) return found;
      cursor = replies?.response_metadata?.next_cursor || undefined;
      if (!cursor) return undefined;
    }
    return undefined;
  }
}

/** files.completeUploadExternal got no clear answer (timed out, 5xx): the file may be in the channel, or land there later. */
class UnsettledShare extends ChatPostFailure {}

/** completeUploadExternal answers with the files it completed. */
function uploadedFileId(result: unknown): string | null {
  return (result as { files?: { id?: string }[] }).files?.[0]?.id ?? null;
}
