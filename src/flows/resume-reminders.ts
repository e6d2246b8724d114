import type { BotLog } from '../runtime/log';
import type { DeadlineStore } from '../store/deadline-store';
import type { IncidentStore } from '../store/incident-store';
import type { ReminderScheduling } from './ports/reminder-scheduling';

export interface ResumeDeps {
  incidents: IncidentStore;
  deadlines: DeadlineStore;
  reminders: Pick<ReminderScheduling, 'scheduleIncident'>;
  log: BotLog;
  now: () => Date;
}

/**
 * At worker start: re-adds every reminder still to come for every open incident. Obligations are stored
 * before their jobs are added, so a process that died in between left obligations with no reminders; this
 * puts them back. Adding is idempotent (deterministic job ids) and the delivery ledger never posts a
 * reminder twice, so every replica may run it.
 */
export async function resumeReminders(deps: ResumeDeps): Promise<{ incidents: number; reminders: number }> {
  let incidents = 0;
  let reminders = 0;
  for await (const id of deps.incidents.incidentIds()) {
    const incident = await deps.incidents.get(id);
    if (incident?.status !== 'open') continue;
    const state = await deps.deadlines.get(id);
    if (!state) continue;
    incidents += 1;
    reminders += await deps.reminders.scheduleIncident(incident, state.obligations, deps.now());
  }
  deps.log.info('reminders_resumed', { incidents, reminders });
  return { incidents, reminders };
}
