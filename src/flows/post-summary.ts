import { createHash } from 'node:crypto';
import type { Incident } from '../domain/incidents/incident';
import { buildIncidentSummary, type IncidentSummary } from '../domain/summary/incident-summary';
import { summaryMarkdown, summaryPeople } from '../domain/summary/markdown';
import { checkAgainstAnchors } from '../domain/timeline/anchor';
import { loadSummaryInput } from '../store/summary-records';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';

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
export async function postSummary(
  ctx: FlowContext,
  incident: Incident,
  options: { actor: string; final: boolean; messageTs?: string },
): Promise<PostedSummary> {
  const now = ctx.now();
  const built = buildIncidentSummary(await loadSummaryInput(ctx, incident, now));
  const summary = await withAnchorCheck(ctx, incident, built);
  // A name that cannot be looked up is written as the id: the summary goes out either way.
  const names = (await ctx.chat.userNames?.(summaryPeople(summary)).catch(() => null)) ?? new Map<string, string>();
  const markdown = summaryMarkdown(summary, names);
  const bytes = Buffer.from(markdown, 'utf8');
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const fileName = `${incident.id}-${options.final ? 'final-' : ''}summary-${stamp}.md`;
  const file = { name: fileName, markdown, final: options.final };
  // A resumed close whose summary message was posted (found by its metadata) attaches the file alone.
  const posted = options.messageTs
    ? { messageTs: options.messageTs, fileId: await ctx.chat.uploadSummaryFile(incident, file) }
    : await ctx.chat.postSummary(incident, summary, file);
  await ctx.timeline.append(incident.id, {
    kind: 'summary_posted',
    actor: options.actor,
    at: now.toISOString(),
    summary: `${options.final ? 'Final summary' : 'Summary'} posted (${summary.decisions.length} decisions, ${summary.timeline.length} timeline entries)`,
    data: {
      final: options.final,
      fileName,
      ...(posted.fileId ? { fileId: posted.fileId } : {}),
      ...(posted.fileError ? { fileError: posted.fileError } : {}),
      ...(posted.messageTs ? { messageTs: posted.messageTs } : {}),
      markdownSha256: createHash('sha256').update(bytes).digest('hex'),
      timelineEntries: summary.timeline.length,
      timelineHeadHash: summary.integrity.headHash,
    },
  });
  // Every summary (and so every close) anchors the chain at once, not after the debounce.
  await ctx.anchors?.anchorNow(incident.id);
  return { summary, ...posted, markdownBytes: bytes.length };
}

/**
 * The summary's integrity with the chain compared to the anchors in the channel, when they can be read; the
 * summary then says which check it made (src/domain/summary/markdown.ts, anchorWords).
 */
async function withAnchorCheck(ctx: FlowContext, incident: Incident, summary: IncidentSummary) {
  const anchors = ctx.anchors ? await ctx.anchors.read(incident) : null;
  if (!anchors) return { ...summary, integrity: { ...summary.integrity, anchors: null } };
  const check = checkAgainstAnchors(await ctx.timeline.entries(incident.id), anchors);
  return { ...summary, integrity: { ...summary.integrity, anchors: check } };
}
