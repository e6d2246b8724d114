import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { slackUserIdSchema } from '../../../domain/ids';
import { patchChangesFacts } from '../../../domain/obligations/facts-patch';
import { factsOfIncident } from '../../../flows/read-facts';
import { updateFacts } from '../../../flows/update-facts';
import { tryParseJson } from '../../../store/json-record';
import { tellInChannel } from '../../adapters/register-view';
import type { ListenerDeps } from '../../listener-deps';
import {
  FACTS_FORM_BLOCKS,
  FACTS_FORM_CALLBACK_ID,
  factsFormStateSchema,
  readFactsForm,
} from '../../messages/facts-form';
import { factsUpdateAnswer } from '../../messages/facts-replies';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  view: z.object({ private_metadata: z.string(), state: z.object({ values: z.unknown() }) }),
});

/** Where an error about the whole form goes: the first field, at the top of the form. */
const TOP = FACTS_FORM_BLOCKS.dataTypes;

/**
 * The facts form submitted. Everything the person can fix is answered on its field (`response_action:
 * errors`) before anything is stored: a line of people affected that does not read (each bad line named), a
 * time in the future, a recorded clock left empty, and facts changed by someone else since the form was
 * opened. Then the form closes and the same act as `/incident facts …` records the form's picture, checking
 * again, inside its compare-and-set, that the facts are still the ones the form showed. The channel is told
 * what changed, as for the command; the person is told privately only what the channel post does not say.
 */
export function registerFactsFormSubmit(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(FACTS_FORM_CALLBACK_ID, async ({ ack, body, client }) => {
    const payload = payloadSchema.safeParse(body);
    const state = payload.success
      ? factsFormStateSchema.safeParse(tryParseJson(payload.data.view.private_metadata))
      : null;
    if (!payload.success || !state?.success) {
      await ack({
        response_action: 'errors',
        errors: { [TOP]: 'This form could not be read; close it and try again.' },
      });
      return;
    }
    const form = state.data;
    const userId = payload.data.user.id;
    let stored: Awaited<ReturnType<typeof factsOfIncident>>;
    try {
      stored = await factsOfIncident(deps.ctx, form.incidentId);
    } catch {
      await ack({
        response_action: 'errors',
        errors: { [TOP]: 'The incident records (Redis) are not answering; nothing was stored. Try again in a minute.' },
      });
      return;
    }
    if (!stored) {
      await ack({ response_action: 'errors', errors: { [TOP]: `${form.incidentId} is not an incident any more.` } });
      return;
    }
    const read = readFactsForm(payload.data.view.state.values, stored.facts, deps.ctx.now());
    // Facts changed since the form was filled: refused, unless the form's picture is exactly what is stored now
    // (Slack delivering the same submission again, a double click), which overwrites nobody.
    const picturedStored =
      read.ok && !patchChangesFacts(stored.facts, read.patch, deps.ctx.settings.profile.entityTypes);
    if (stored.fingerprint !== form.fingerprint && !picturedStored) {
      await ack({
        response_action: 'errors',
        errors: {
          [TOP]:
            'Someone changed the facts while this form was open, so nothing was stored. Copy what you need, close the form and open it again (/incident facts) to see their change.',
        },
      });
      return;
    }
    if (!read.ok) {
      await ack({ response_action: 'errors', errors: read.errors });
      return;
    }
    await ack();
    const tell = (text: string) => tellInChannel(client, form.channelId, userId, text);
    await afterAck(
      deps,
      'facts_form_submit',
      async () => {
        const result = await updateFacts(deps.ctx, { userId, channelId: form.channelId }, read.patch, {
          incidentId: form.incidentId,
          expectFingerprint: form.fingerprint,
        });
        const text = factsUpdateAnswer(result);
        if (text) await tell(text);
      },
      tell,
    );
  });
}
