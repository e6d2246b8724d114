import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { IncidentRefusal } from '../../../flows/incident-service';
import type { BotServices } from '../../bot-services';
import { incidentForMember } from '../../incident-access';
import { CHECKLIST_ACTION_ID, checklistButtonValueSchema, type ChecklistButtonValue } from '../../messages/checklist-message';
import { refreshChecklistMessage } from '../../messages/render-checklist';
import { errorName } from '../../error-name';
import { tryParseJson } from '../../../store/json-record';

const payloadSchema = z.object({
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }),
  actions: z.array(z.object({ value: z.string() })).min(1),
});

/** A Tick/Untick button on the checklist: acknowledge, store first, then update the message in place. */
export function registerChecklistToggle(app: App, services: BotServices): void {
  app.action<BlockAction<ButtonAction>>(CHECKLIST_ACTION_ID, async ({ ack, body, client, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const payload = payloadSchema.safeParse(body);
    const value = payload.success ? checklistButtonValueSchema.safeParse(tryParseJson(payload.data.actions[0]?.value)) : undefined;
    if (!payload.success || !value?.success) {
      await tell('That checklist button is not one breachbot recognises; nothing was changed.');
      return;
    }
    const press = { userId: payload.data.user.id, channelId: payload.data.channel.id, intent: value.data };
    await services.inFlight.track(toggle(services, client, press, tell));
  });
}

interface Press {
  userId: string;
  channelId: string;
  intent: ChecklistButtonValue;
}

async function toggle(services: BotServices, client: WebClient, { userId, channelId, intent }: Press, tell: (text: string) => Promise<unknown>): Promise<void> {
  try {
    const access = await incidentForMember(services, client, channelId, userId);
    if (!access.ok) return void (await tell(access.reason));
    if (access.incident.id !== intent.incidentId) {
      await tell('That button belongs to another incident; nothing was changed.');
      return;
    }
    const changed = await services.incidents.setChecklistItem(access.incident, intent.itemId, intent.to === 'done', userId, services.now());
    if (!changed) return;
    const item = services.incidents.checklistItems(access.incident).find((i) => i.id === intent.itemId);
    await services.timeline.append(access.incident.id, {
      kind: 'checklist_item',
      actor: userId,
      at: services.now().toISOString(),
      summary: `${intent.to === 'done' ? 'Ticked' : 'Unticked'}: ${item?.text ?? intent.itemId}`,
      data: { itemId: intent.itemId, done: intent.to === 'done' },
    });
    await refreshChecklistMessage(client, services.incidents, access.incident);
  } catch (error) {
    if (error instanceof IncidentRefusal) return void (await tell(error.message));
    services.log.error('checklist_toggle_failed', { error: errorName(error) });
    await tell('The checklist message could not be updated. Try again; what is stored shows in `/incident status`.').catch(() => undefined);
  }
}
