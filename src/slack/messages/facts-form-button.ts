import type { ButtonElement } from './block-kit';
import { plain } from './block-kit';

/** "Edit facts" on the header and the register: opens the facts form (listeners/actions/facts-form-open.ts). */
export const FACTS_FORM_OPEN_ACTION_ID = 'facts_form_open';

export function factsFormButton(incidentId: string): ButtonElement {
  return { type: 'button', action_id: FACTS_FORM_OPEN_ACTION_ID, text: plain('Edit facts'), value: incidentId };
}
