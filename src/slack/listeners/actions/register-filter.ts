import type { App, BlockAction } from '@slack/bolt';
import { recipientSchema } from '../../../domain/regulations/vocabulary';
import { modalActionSchema, registerViewState, tellInChannel, updateRegisterView } from '../../adapters/register-view';
import type { ListenerDeps } from '../../listener-deps';
import {
  REGISTER_FILTER_ACTION_IDS,
  REGISTER_PAGE_ACTION_ID,
  type RegisterViewState,
  registerStatusFilterSchema,
} from '../../messages/register-modal';
import { afterAck } from '../../middleware/after-ack';

const ANY = '*';

/** The state after one control changed: a filter resets to the first page; paging keeps the filters. */
function nextState(state: RegisterViewState, actionId: string, chosen: string | undefined): RegisterViewState | null {
  const picked = chosen === ANY ? undefined : chosen;
  const filter = { ...state.filter };
  switch (actionId) {
    case REGISTER_FILTER_ACTION_IDS.status: {
      const status = registerStatusFilterSchema.safeParse(picked ?? 'all');
      if (!status.success) return null;
      filter.status = status.data;
      break;
    }
    case REGISTER_FILTER_ACTION_IDS.recipient: {
      if (picked === undefined) delete filter.recipient;
      else {
        const recipient = recipientSchema.safeParse(picked);
        if (!recipient.success) return null;
        filter.recipient = recipient.data;
      }
      break;
    }
    case REGISTER_FILTER_ACTION_IDS.regime:
      if (picked === undefined) delete filter.regime;
      else filter.regime = picked.slice(0, 40);
      break;
    case REGISTER_FILTER_ACTION_IDS.jurisdiction:
      if (picked === undefined) delete filter.jurisdiction;
      else filter.jurisdiction = picked.slice(0, 20);
      break;
    default: {
      const page = Number(chosen);
      if (!Number.isInteger(page) || page < 0) return null;
      return { ...state, page };
    }
  }
  return { ...state, filter, page: 0 };
}

const ACTION_IDS = [
  ...Object.values(REGISTER_FILTER_ACTION_IDS),
  `${REGISTER_PAGE_ACTION_ID}_prev`,
  `${REGISTER_PAGE_ACTION_ID}_next`,
];

/** A filter or a page button inside the register modal: the same modal, re-rendered (views.update). */
export function registerRegisterFilter(app: App, deps: ListenerDeps): void {
  for (const actionId of ACTION_IDS) {
    app.action<BlockAction>(actionId, async ({ ack, body, client }) => {
      await ack();
      const payload = modalActionSchema.safeParse(body);
      if (!payload.success) return;
      const state = registerViewState(payload.data.view.private_metadata);
      const action = payload.data.actions[0];
      if (!state || !action) return;
      const next = nextState(state, action.action_id, action.selected_option?.value ?? action.value);
      if (!next) return;
      const userId = payload.data.user.id;
      await afterAck(
        deps,
        'register_filter',
        () => updateRegisterView(client, deps.ctx, userId, payload.data.view.id, next),
        (text) => tellInChannel(client, state.channelId, userId, text),
        (ref) => `The register could not be updated (ref ${ref}). \`/incident deadlines\` lists every notice.`,
      );
    });
  }
}
