import { randomBytes } from 'node:crypto';
import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { slackUserIdSchema } from '../../../domain/ids';
import { Refusal } from '../../../domain/refusals';
import { beginOpen, runOpen } from '../../../flows/open-incident';
import { redisOutage } from '../../../store/connection';
import { readDeclareMetadata, readDeclareSubmission, zoneWithin } from '../../adapters/declare-view';
import type { ListenerDeps } from '../../listener-deps';
import { openingText, openRepeatText } from '../../messages/command-replies';
import { DECLARE_BLOCKS, DECLARE_VIEW_CALLBACK_ID, declareTakenModal } from '../../messages/declare-modal';
import { afterAck, NOT_RECORDED } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  team: z.object({ id: z.string() }).nullish(),
  view: z.object({ private_metadata: z.string().default(''), state: z.object({ values: z.unknown() }) }),
});

/** The submitter's zone is usually cached from opening the form; a slow users.info never costs the 3 s. */
const ZONE_WAIT_MS = 400;

/**
 * The declare modal submitted. What the person can fix (no title, a discovery in the future, a speed without a
 * drill, a regime the catalog does not know) is answered on the fields (`response_action: errors`) and nothing
 * is created. Otherwise exactly what `/incident open <title> …` does: the intent is stored before the
 * acknowledgement (the form is replaced by "Opening INC-…"), the open runs after it, and the answer goes where
 * the command's would (its reply address when the form came from `/incident open`) or by direct message.
 * A second submission of the same form (a retry, a double click) is the same open: one incident.
 */
export function registerDeclareSubmit(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(DECLARE_VIEW_CALLBACK_ID, async ({ ack, body, client }) => {
    const { ctx } = deps;
    const payload = payloadSchema.safeParse(body);
    if (!payload.success) {
      await ack({
        response_action: 'errors',
        errors: { [DECLARE_BLOCKS.title]: 'This form could not be read; close it and try again.' },
      });
      return;
    }
    const userId = payload.data.user.id;
    const now = ctx.now();
    const timeZone = await zoneWithin(deps, userId, ZONE_WAIT_MS);
    const reading = readDeclareSubmission(payload.data.view.state.values, now, timeZone);
    if (!reading.ok) {
      await ack({ response_action: 'errors', errors: reading.errors });
      return;
    }
    const { fields } = reading;
    const metadata = readDeclareMetadata(payload.data.view.private_metadata);
    const teamId = payload.data.team?.id;
    let begun: Awaited<ReturnType<typeof beginOpen>>;
    try {
      begun = await beginOpen(
        ctx,
        {
          title: fields.title,
          severity: fields.severity,
          discoveredAt: fields.discoveredAt,
          regimes: fields.regimes,
          drill: fields.drill,
          speed: fields.speed,
          openedBy: userId,
          openedAt: now,
          ...(teamId ? { teamId } : {}),
          ...(fields.responders.length ? { responders: fields.responders } : {}),
        },
        metadata.responseUrl,
        userId,
      );
    } catch (error) {
      const block = error instanceof Refusal && error.code === 'unknown_regime' ? 'regimes' : 'title';
      let text: string;
      if (error instanceof Refusal) text = error.message;
      else {
        const ref = randomBytes(3).toString('hex');
        ctx.log.error('open_not_recorded', { ref, err: error, via: 'modal' });
        text = redisOutage(error)
          ? NOT_RECORDED(ref)
          : `The open could not be recorded, so nothing was created (ref ${ref}). Try again.`;
      }
      await ack({ response_action: 'errors', errors: { [DECLARE_BLOCKS[block]]: text.replace(/[`*]/g, '') } });
      return;
    }
    const id = begun.incidentId;
    const where = metadata.responseUrl ? 'where you typed `/incident open`' : 'in a direct message';
    const text =
      begun.kind === 'repeat'
        ? openRepeatText(id, begun.act, begun.incident)
        : `${openingText(id, fields.drill)} You will be told ${where} when it is ready.`;
    await ack({
      response_action: 'update',
      view: declareTakenModal(text, { at: new Date(fields.discoveredAt), timeZone }),
    });
    if (begun.kind === 'repeat' && begun.act?.status !== 'running') return;
    const tell = (words: string) => client.chat.postMessage({ channel: userId, text: words });
    await afterAck(
      deps,
      'declare_open',
      async () => {
        await runOpen(ctx, id, { resumed: begun.kind === 'repeat' });
      },
      tell,
      // Never "nothing was done": the intent is stored, so the open is finished by the resumer.
      (ref) =>
        `*${id}* could not be finished just now (ref ${ref}). Whatever was done stays done, and the bot finishes ` +
        'the rest on its own and tells you; do not declare it again.',
    );
  });
}
