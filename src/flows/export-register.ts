import type { Incident } from '../domain/incidents/incident';
import { registerCsv, registerRows } from '../domain/register/register-export';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import type { RegisterFilesPort } from './ports/register-files';

export interface ExportedRegister {
  incident: Incident;
  fileName: string;
  rows: number;
  fileId: string | null;
}

/**
 * The register's "Export CSV" button: one row per obligation (the same rows as `breachbot register --csv`),
 * people by their Slack name, times in `zone`, uploaded to the incident channel.
 */
export async function exportRegister(
  ctx: FlowContext,
  actor: Actor,
  files: RegisterFilesPort,
  zone = 'UTC',
): Promise<ExportedRegister> {
  const incident = await incidentForMember(ctx, actor);
  const now = ctx.now();
  const records = (await ctx.deadlines.get(incident.id))?.obligations ?? [];
  const names = await files.userNames(records.map((o) => o.doneBy).filter((u): u is string => u !== null));
  const rows = registerRows(incident, records, { now, zone, names });
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const fileName = `${incident.id}-register-${stamp}.csv`;
  const fileId = await files.uploadFile(incident.channelId, {
    name: fileName,
    content: registerCsv(rows, zone),
    title: `${incident.id} notification register`,
    comment: `Notification register of ${incident.id}: ${rows.length.toLocaleString('en-US')} obligations, times in ${zone}. Exported by <@${actor.userId}>.`,
  });
  ctx.log.info('register_exported', { incident: incident.id, rows: rows.length });
  return { incident, fileName, rows: rows.length, fileId };
}
