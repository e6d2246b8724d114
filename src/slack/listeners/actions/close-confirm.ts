import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { IncidentRefusal } from '../../../flows/incident-service';
import type { BotServices } from '../../bot-services';
import { closeIncident } from '../../../flows/close-incident';
import { incidentForMember } from '../../incident-access';
import { CLOSE_CONFIRM_ACTION_ID, closeButtonValueSchema } from '../../messages/close-confirmation';
import { errorName } from '../../error-name';
import { tryParseJson } from '../../../store/json-record';

const payloadSchema = z.object({
  user: z.object({ id: z.string().regex(/^[UW][A-Z0-9]+$/) }),
  channel: z.object({ id: z.string().regex(/^[CG][A-Z0-9]+$/) }),
  actions: z.array(z.object({ value: z.string() })).min(1),
});

/**
 * "Close incident" on the confirmation asked by `/incident close`. The gate is checked again: the button
 * may be pressed long after it was shown, by then by someone no longer in the channel.
 */
export function registerCloseConfirm(app: App, services: BotServices): void {
  app.action<BlockAction<ButtonAction>>(CLOSE_CONFIRM_ACTION_ID, async ({ ack, body, client, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: true, text });
    const payload = payloadSchema.safeParse(body);
    const value = payload.success ? closeButtonValueSchema.safeParse(tryParseJson(payload.data.actions[0]?.value)) : undefined;
    if (!payload.success || !value?.success) return void (await tell('That button is not one breachbot recognises; nothing was closed.'));
    const { user, channel } = payload.data;
    await services.inFlight.track(
      (async () => {
        try {
          const access = await incidentForMember(services, client, channel.id, user.id);
          if (!access.ok) return void (await tell(access.reason));
          if (access.incident.id !== value.data.incidentId) return void (await tell('That button belongs to another incident; nothing was closed.'));
          const closed = await closeIncident(services, client, access.incident, user.id);
          await tell(closed ? `${access.incident.id} is closed; the final summary is in the channel.` : `${access.incident.id} was already closed.`);
        } catch (error) {
          if (error instanceof IncidentRefusal) return void (await tell(error.message));
          services.log.error('close_failed', { error: errorName(error) });
          await tell('Closing did not complete. What is stored shows in `/incident status`; try `/incident close` again.').catch(() => undefined);
        }
      })(),
    );
  });
}

