import { createHash } from 'node:crypto';
import type { WebClient } from '@slack/web-api';
import type { Incident } from '../domain/incidents/incident';
import { buildIncidentSummary, type IncidentSummary } from '../domain/summary/incident-summary';
import { summaryMarkdown } from '../domain/summary/markdown';
import { loadSummaryInput } from '../store/summary-records';
import type { BotServices } from '../slack/bot-services';
import { summaryBlocks, summaryFallbackText } from '../slack/messages/summary-message';

export interface PostedSummary {
  summary: IncidentSummary;
  messageTs: string | null;
  fileId: string | null;
  markdownBytes: number;
}

/**
 * Builds the summary from what is stored, posts it in the incident channel, and uploads the full Markdown
 * next to it (files.uploadV2: getUploadURLExternal → upload → completeUploadExternal), then records on the
 * timeline that it was posted, with the file's SHA-256 so the copy that left Slack can be checked later.
 */
export async function postSummary(
  services: BotServices,
  client: WebClient,
  incident: Incident,
  options: { actor: string; final: boolean },
): Promise<PostedSummary> {
  const now = services.now();
  const summary = buildIncidentSummary(
    await loadSummaryInput({ incidents: services.incidents, timeline: services.timeline, deadlines: services.deadlines.store }, incident, now),
  );
  const markdown = summaryMarkdown(summary);
  const bytes = Buffer.from(markdown, 'utf8');
  const fileName = `${incident.id}-${options.final ? 'final-' : ''}summary-${now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}.md`;

  const posted = await client.chat.postMessage({
    channel: incident.channelId,
    text: summaryFallbackText(summary, options.final),
    blocks: summaryBlocks(summary, { final: options.final, fileName }),
  });
  const upload = await client.files.uploadV2({
    channel_id: incident.channelId,
    file: bytes,
    filename: fileName,
    title: `${incident.id} ${options.final ? 'final ' : ''}summary`,
  });
  const fileId = uploadedFileId(upload);
  await services.timeline.append(incident.id, {
    kind: 'summary_posted',
    actor: options.actor,
    at: now.toISOString(),
    summary: `${options.final ? 'Final summary' : 'Summary'} posted (${summary.decisions.length} decisions, ${summary.timeline.length} timeline entries)`,
    data: {
      final: options.final,
      fileName,
      ...(fileId ? { fileId } : {}),
      ...(posted.ts ? { messageTs: posted.ts } : {}),
      markdownSha256: createHash('sha256').update(bytes).digest('hex'),
      timelineEntries: summary.timeline.length,
      timelineHeadHash: summary.integrity.headHash,
    },
  });
  return { summary, messageTs: posted.ts ?? null, fileId, markdownBytes: bytes.length };
}

/** uploadV2 answers with the completeUploadExternal responses; the file id sits one or two levels down. */
function uploadedFileId(result: unknown): string | null {
  const files = (result as { files?: { id?: string; files?: { id?: string }[] }[] }).files ?? [];
  const first = files[0];
  return first?.id ?? first?.files?.[0]?.id ?? null;
}
