/**
 * A refusal is the answer to a request the rules do not allow: it changes nothing and tells the person why.
 * Every refusal has a code (as Bolt's own CodedError does) so that callers and tests can tell them apart
 * without reading the words; the words are what the person sees.
 */
export type RefusalCode =
  | 'not_incident_channel'
  | 'not_member'
  | 'not_authorised'
  | 'incident_closed'
  | 'wrong_incident'
  | 'unknown_regime'
  | 'channel_names_taken'
  | 'unknown_checklist_item'
  | 'unknown_checklist_phase'
  | 'empty_checklist_item'
  | 'checklist_item_too_long'
  | 'checklist_phase_full'
  | 'bot_cannot_hold_role'
  | 'message_unreadable'
  | 'no_delay_recorded'
  | 'invalid_delay'
  | 'invalid_notice_time'
  | 'facts_changed_meanwhile'
  | 'invalid_title'
  | 'invalid_reason'
  | 'stale_confirmation'
  | 'not_closed'
  | 'close_in_progress';

export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

/** The words for a change refused because the incident is closed; `change` says what was attempted. */
export function closedRefusal(incidentId: string, change: string): Refusal {
  return new Refusal(
    'incident_closed',
    `${incidentId} is closed; ${change} can no longer be recorded. \`/incident summary\` still works.`,
  );
}
