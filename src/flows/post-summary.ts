import { createHash } from 'node:crypto';
import type { Incident } from '../domain/incidents/incident';
import { buildIncidentSummary, type IncidentSummary } from '../domain/summary/incident-summary';
import { summaryMarkdown, summaryPeople } from '../domain/summary/markdown';
import { checkAgainstAnchors } from '../domain/timeline/anchor';
import type { TimelineEntry } from '../domain/timeline/timeline-entry';
import { loadSummaryInput } from '../store/summary-records';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { ChatPostFailure } from './ports/chat';

export interface PostedSummary {
  summary: IncidentSummary;
  messageTs: string | null;
  fileId: string | null;
  /** Slack's reason when the message went out but the Markdown file did not attach. */
  fileError?: string;
  markdownBytes: number;
}

/** `/incident summary`: posted in the channel with the full Markdown attached; a closed incident too. */
export async function summaryOnRequest(ctx: FlowContext, actor: Actor): Promise<PostedSummary> {
  const incident = await incidentForMember(ctx, actor);
  const posted = await postSummary(ctx, incident, { actor: actor.userId, final: false });
  ctx.log.info('summary_posted', {
    incident: incident.id,
    bytes: posted.markdownBytes,
    entries: posted.summary.timeline.length,
  });
  return posted;
}

/**
 * Builds the summary from what is stored, posts it with the full Markdown attached, then records on the
 * timeline that it was posted, with the file's SHA-256 so the copy that left Slack can be checked later.
 */
/** A summary file as an act records it: Slack's id, and the name and SHA-256 of the bytes that went up. */
export interface SummaryFile {
  id: string;
  name: string;
  sha256: string;
}

export async function postSummary(
  ctx: FlowContext,
  incident: Incident,
  options: {
    actor: string;
    final: boolean;
    /** The summary message an earlier run posted (found by its metadata): only the file is attached. */
    messageTs?: string;
    /** The file an earlier run attached (found in the channel): nothing is posted or uploaded again. */
    attached?: SummaryFile;
    /** Told the file before it is shared, so a run cut off while sharing can look for it. */
    fileStarted?: (file: SummaryFile) => Promise<void>;
    /** The timeline entry's dedupe key: a resumed act records its summary once. */
    dedupeKey?: string;
  },
): Promise<PostedSummary> {
  const now = ctx.now();
  const input = await loadSummaryInput(ctx, incident, now);
  const summary = await withAnchorCheck(ctx, incident, buildIncidentSummary(input), input.timeline);
  // A name that cannot be looked up is written as the id: the summary goes out either way.
  const names = (await ctx.chat.userNames?.(summaryPeople(summary)).catch(() => null)) ?? new Map<string, string>();
  const markdown = summaryMarkdown(summary, names);
  const bytes = Buffer.from(markdown, 'utf8');
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const fileName = `${incident.id}-${options.final ? 'final-' : ''}summary-${stamp}.md`;
  const file = { name: fileName, markdown, final: options.final };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileStarted = options.fileStarted;
  const started = fileStarted ? (id: string) => fileStarted({ id, name: fileName, sha256 }) : undefined;
  const attached = options.messageTs ? options.attached : undefined;
  // A resumed close whose summary message was posted (found by its metadata) attaches the file alone, and
  // neither when the file it recorded is in the channel already.
  const posted = attached
    ? { messageTs: options.messageTs ?? null, fileId: attached.id }
    : options.messageTs
      ? { messageTs: options.messageTs, fileId: await ctx.chat.uploadSummaryFile(incident, file, started) }
      : await ctx.chat.postSummary(incident, summary, file, started);
  if (fileStarted && 'fileUnsettled' in posted && posted.fileUnsettled) {
    // The share got no clear answer: the file may be in the channel or land there later, so it is recorded
    // neither as attached nor as failed. The act that recorded it settles it when it runs again (finds it in
    // the channel, or deletes it and attaches a fresh copy).
    throw new ChatPostFailure(posted.fileError ?? 'share_unanswered');
  }
  await ctx.timeline.append(incident.id, {
    kind: 'summary_posted',
    actor: options.actor,
    at: now.toISOString(),
    // The file's name and digest in the line itself: the next summary's reader can check the copy they hold.
    summary: `${options.final ? 'Final summary' : 'Summary'} posted (${summary.decisions.length} decisions, ${summary.timeline.length} timeline entries): ${attached?.name ?? fileName}, SHA-256 ${attached?.sha256 ?? sha256}`,
    // The file in the channel is the one described: an attached file's own name and digest, not this run's.
    data: {
      final: options.final,
      fileName: attached?.name ?? fileName,
      ...(posted.fileId ? { fileId: posted.fileId } : {}),
      ...('fileError' in posted && posted.fileError ? { fileError: posted.fileError } : {}),
      ...(posted.messageTs ? { messageTs: posted.messageTs } : {}),
      markdownSha256: attached?.sha256 ?? sha256,
      timelineEntries: summary.timeline.length,
      timelineHeadHash: summary.integrity.headHash,
    },
    ...(options.dedupeKey ? { dedupeKey: options.dedupeKey } : {}),
  });
  // Every summary (and so every close) anchors the chain at once, not after the debounce.
  await ctx.anchors?.anchorNow(incident.id);
  return { summary, ...posted, markdownBytes: bytes.length };
}

/**
 * The summary's integrity with the chain compared to the anchors in the channel, when they can be read; the
 * summary then says which check it made (src/domain/summary/markdown.ts, anchorWords).
 */
async function withAnchorCheck(
  ctx: FlowContext,
  incident: Incident,
  summary: IncidentSummary,
  timeline: readonly TimelineEntry[],
) {
  const anchors = ctx.anchors ? await ctx.anchors.read(incident) : null;
  if (!anchors) return { ...summary, integrity: { ...summary.integrity, anchors: null } };
  // The entries the summary was built from, not a second read: the anchors are checked against what it says.
  const check = checkAgainstAnchors(timeline, anchors);
  return { ...summary, integrity: { ...summary.integrity, anchors: check } };
}
