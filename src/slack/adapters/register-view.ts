import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { slackUserIdSchema } from '../../domain/ids';
import type { FlowContext } from '../../flows/context';
import { readRegister } from '../../flows/read-register';
import { tryParseJson } from '../../store/json-record';
import { type RegisterViewState, registerModal, registerViewStateSchema } from '../messages/register-modal';
import { slackErrorCode } from './slack-errors';

/** The parts of a block_actions payload from inside a modal that the register's controls read. */
export const modalActionSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  trigger_id: z.string().min(1),
  view: z.object({ id: z.string().min(1), hash: z.string().optional(), private_metadata: z.string() }),
  actions: z
    .array(
      z.object({
        action_id: z.string(),
        value: z.string().optional(),
        selected_option: z.object({ value: z.string() }).nullable().optional(),
      }),
    )
    .min(1),
});
export type ModalAction = z.infer<typeof modalActionSchema>;

/** The register modal's state from its private_metadata; null when it is not one breachbot wrote. */
export function registerViewState(privateMetadata: string): RegisterViewState | null {
  const parsed = registerViewStateSchema.safeParse(tryParseJson(privateMetadata));
  return parsed.success ? parsed.data : null;
}

/** Re-renders an open register modal (views.update) for `state`, from what is stored now. */
export async function updateRegisterView(
  client: WebClient,
  ctx: FlowContext,
  userId: string,
  viewId: string,
  state: RegisterViewState,
): Promise<void> {
  const { incident, records, now } = await readRegister(ctx, { userId, channelId: state.channelId }, state.incidentId);
  await client.views.update({ view_id: viewId, view: registerModal(incident, records, now, state) });
}

/** Slack's answers to an ephemeral for someone it cannot be shown to there. */
const NOT_SHOWN_THERE: ReadonlySet<string> = new Set(['user_not_in_channel', 'channel_not_found', 'is_archived']);

/**
 * Tells the person privately in the incident channel: a modal has no response_url once it is submitted. Someone
 * outside the channel (a form submitted after leaving it, or by someone never in it) cannot be shown an
 * ephemeral there (`user_not_in_channel`), so they are told by direct message instead: a refusal is never
 * silent.
 */
export async function tellInChannel(client: WebClient, channelId: string, userId: string, text: string) {
  try {
    await client.chat.postEphemeral({ channel: channelId, user: userId, text });
  } catch (error) {
    if (!NOT_SHOWN_THERE.has(slackErrorCode(error))) return;
    await client.chat.postMessage({ channel: userId, text }).catch(() => undefined);
  }
}
