import { z } from 'zod';
import { incidentIdSchema } from '../../domain/ids';
import type { ButtonElement } from './block-kit';
import { plain } from './block-kit';
import { factsFormButton } from './facts-form-button';
import { REGISTER_STATES, type RegisterState } from './register-counts';
import { registerExportButton } from './register-export-button';

/** "Open register" (all notices) and "Overdue & next 24 h" on the register message: both open the modal. */
export const REGISTER_OPEN_ACTION_ID = 'register_open';
export const REGISTER_OPEN_URGENT_ACTION_ID = 'register_open_urgent';

export const registerOpenValueSchema = z.strictObject({
  incidentId: incidentIdSchema,
  status: z.enum(['all', ...REGISTER_STATES, 'due']).optional(),
});
export type RegisterOpenValue = z.infer<typeof registerOpenValueSchema>;

/**
 * The register message's buttons, in order. Another feature adds its button here (an export, say): the
 * register message shows whatever this returns, and Slack allows 25 elements in one actions block.
 */
export function registerButtons(incidentId: string): ButtonElement[] {
  const value = (status?: RegisterState | 'due') => JSON.stringify({ incidentId, ...(status ? { status } : {}) });
  return [
    {
      type: 'button',
      action_id: REGISTER_OPEN_ACTION_ID,
      text: plain('Open register'),
      style: 'primary',
      value: value(),
    },
    {
      type: 'button',
      action_id: REGISTER_OPEN_URGENT_ACTION_ID,
      text: plain('Overdue & next 24 h'),
      value: value('due'),
    },
    // Uploads the register as CSV to the channel (listeners/actions/register-export.ts).
    registerExportButton(incidentId),
    // Opens the facts form (listeners/actions/facts-form-open.ts).
    factsFormButton(incidentId),
  ];
}
