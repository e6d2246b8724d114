import { parse as parseQuery } from 'node:querystring';
import { z } from 'zod';

/**
 * The shapes every signed body must have before Bolt routes it. Bolt's receiver and router read fields such
 * as `body.ssl_check`, `body.user.id`, `body.event.type` or `body.channel.id` without checking them: a signed
 * `payload=null` crashed the process, a `user: null` answered 500. Only what Bolt (and the listeners' own
 * schemas after it) rely on is checked here; everything else passes through untouched.
 */
const id = z.string().min(1);
/** Fields Slack sends as an object or null (enterprise, team on some payloads) or leaves out. */
const objectOrNull = z.looseObject({}).nullish();
const withIdOrNull = z.looseObject({ id }).nullish();
/** Bolt reads these as `x.id` whenever the key is present: absent is fine, null is not. */
const withId = z.looseObject({ id }).optional();

const slashCommandSchema = z.looseObject({
  command: z.string().min(1),
  user_id: id,
  channel_id: id,
  text: z.string().optional(),
  team_id: z.string().optional(),
  response_url: z.string().optional(),
  trigger_id: z.string().optional(),
});

const INTERACTIVE_TYPES = [
  'block_actions',
  'block_suggestion',
  'message_action',
  'shortcut',
  'view_submission',
  'view_closed',
  'interactive_message',
  'dialog_submission',
  'dialog_cancellation',
  'workflow_step_edit',
] as const;

const interactiveSchema = z.looseObject({
  type: z.enum(INTERACTIVE_TYPES),
  user: z.looseObject({ id, team_id: z.string().nullish() }),
  team: withIdOrNull,
  enterprise: withIdOrNull,
  channel: withId,
  container: objectOrNull,
  message: z.looseObject({ ts: z.string().optional() }).nullish(),
  callback_id: z.string().nullish(),
  trigger_id: z.string().nullish(),
  response_url: z.string().nullish(),
  actions: z.array(z.looseObject({ action_id: z.string().optional(), type: z.string().optional() })).optional(),
  view: z
    .looseObject({
      id: z.string().optional(),
      callback_id: z.string().optional(),
      state: z.looseObject({ values: z.record(z.string(), z.unknown()) }).optional(),
    })
    .optional(),
  state: z.looseObject({ values: z.record(z.string(), z.unknown()) }).nullish(),
});

/** A user or channel field: an id, or (user_change, channel_created and the like) an object with one. */
const idOrObject = z.union([z.string(), z.looseObject({ id })]).optional();

const innerEventSchema = z.looseObject({
  type: z.string().min(1),
  user: idOrObject,
  channel: idOrObject,
  item: z.looseObject({ type: z.string().optional(), channel: z.string().optional() }).optional(),
  message: z.looseObject({}).optional(),
  previous_message: z.looseObject({}).optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  thread_ts: z.string().optional(),
  ts: z.string().optional(),
  event_ts: z.string().optional(),
});

const eventCallbackSchema = z.looseObject({
  type: z.literal('event_callback'),
  event: innerEventSchema,
  team_id: z.string().nullish(),
  enterprise_id: z.string().nullish(),
  api_app_id: z.string().nullish(),
  event_id: z.string().optional(),
  authorizations: z.array(z.looseObject({})).nullish(),
});

const urlVerificationSchema = z.looseObject({ type: z.literal('url_verification'), challenge: z.string() });
const appRateLimitedSchema = z.looseObject({ type: z.literal('app_rate_limited') });

/** What a parsed body is, once it has one of Slack's shapes. */
export type SlackBodyKind = 'command' | 'interactive' | 'event' | 'url_verification' | 'app_rate_limited';

export type BodyCheck = { ok: true; kind: SlackBodyKind } | { ok: false; reason: string };

/**
 * Parses the body exactly as Bolt's receiver will (form fields, the `payload` field's JSON, or JSON) and
 * checks its shape. Bolt takes the form only for the bare content type; so does this.
 */
export function checkSlackBody(rawBody: Buffer, contentType: string | undefined): BodyCheck {
  let body: unknown;
  try {
    const text = rawBody.toString();
    if (contentType === 'application/x-www-form-urlencoded') {
      const fields = parseQuery(text);
      body = typeof fields.payload === 'string' ? JSON.parse(fields.payload) : fields;
    } else {
      body = JSON.parse(text);
    }
  } catch {
    return { ok: false, reason: 'unparsable' };
  }
  return checkSlackPayload(body);
}

/** The shape check alone, for a body already parsed (Socket Mode delivers payloads as JSON objects). */
export function checkSlackPayload(body: unknown): BodyCheck {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, reason: 'not_an_object' };
  const record = body as Record<string, unknown>;
  const [kind, schema] = schemaFor(record);
  if (!schema) return { ok: false, reason: 'unknown_kind' };
  return schema.safeParse(record).success ? { ok: true, kind } : { ok: false, reason: `malformed_${kind}` };
}

function schemaFor(body: Record<string, unknown>): [SlackBodyKind, z.ZodType | null] {
  if ('command' in body) return ['command', slashCommandSchema];
  switch (body.type) {
    case 'event_callback':
      return ['event', eventCallbackSchema];
    case 'url_verification':
      return ['url_verification', urlVerificationSchema];
    case 'app_rate_limited':
      return ['app_rate_limited', appRateLimitedSchema];
    default:
      return ['interactive', 'type' in body ? interactiveSchema : null];
  }
}
