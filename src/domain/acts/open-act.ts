import { z } from 'zod';
import { incidentIdSchema, instantSchema, messageTsSchema, slackChannelIdSchema, slackUserIdSchema } from '../ids';
import { type OpenRequest, severitySchema } from '../incidents/incident';

/**
 * `/incident open` as a resumable act: the steps in the order they run. Each step records its result on the
 * act; a step that was started and has no result may have happened, so it is checked before it is repeated.
 * To add a step (e.g. a pinned register post after the checklist): add its name here, its result schema in
 * `openStepResultSchemas`, and its handler in src/flows/open-incident.ts (the handler map is exhaustive, so
 * the build fails until it exists).
 */
export const OPEN_STEPS = [
  'channel',
  'record',
  'timeline',
  'invite',
  'topic',
  'header',
  'pin',
  'checklist',
  'obligations',
  'register',
  'answer',
] as const;
export type OpenStep = (typeof OPEN_STEPS)[number];

/** What each step leaves behind: what a later step (or a resumed run) needs of it. */
export const openStepResultSchemas = {
  channel: z.strictObject({ id: slackChannelIdSchema, name: z.string().min(1).max(80) }),
  record: z.strictObject({}),
  timeline: z.strictObject({}),
  invite: z.strictObject({ failures: z.array(z.strictObject({ user: z.string(), error: z.string() })) }),
  topic: z.strictObject({}),
  header: z.strictObject({ ts: messageTsSchema.nullable() }),
  pin: z.strictObject({}),
  checklist: z.strictObject({ ts: messageTsSchema.nullable() }),
  obligations: z.strictObject({
    open: z.number().int().min(0),
    /** null: computing them failed (the channel was told); otherwise whether the list was posted. */
    announced: z.union([
      z.strictObject({ posted: z.literal(true) }),
      z.strictObject({ posted: z.literal(false), code: z.string() }),
    ]),
    computed: z.boolean(),
  }),
  /** The pinned register (show-register.ts): whether it is up; its ts is on the incident record. */
  register: z.strictObject({ shown: z.boolean() }),
  answer: z.strictObject({ delivered: z.boolean() }),
} satisfies Record<OpenStep, z.ZodType>;
export type OpenStepResult<S extends OpenStep> = z.infer<(typeof openStepResultSchemas)[S]>;

const stepResults = z.strictObject(
  Object.fromEntries(OPEN_STEPS.map((s) => [s, openStepResultSchemas[s].optional()])) as {
    [S in OpenStep]: z.ZodOptional<(typeof openStepResultSchemas)[S]>;
  },
);

/** The stored intent of one open: written before the first side effect, then its progress step by step. */
export const openActSchema = z.strictObject({
  kind: z.literal('open'),
  /** The act's id is the incident's id: one open, one incident. */
  incidentId: incidentIdSchema,
  request: z.strictObject({
    title: z.string().min(1).max(200),
    severity: severitySchema,
    discoveredAt: instantSchema.optional(),
    regimes: z.array(z.string()),
    drill: z.boolean(),
    speed: z.number().positive(),
    openedBy: slackUserIdSchema,
    teamId: z.string().optional(),
    openedAt: instantSchema,
    /** Extra responders chosen in the declare modal: user ids and user-group ids (expanded at the invite). */
    responders: z
      .array(z.string().regex(/^[UWS][A-Z0-9]+$/))
      .max(100)
      .optional(),
  }),
  /** The base channel name, chosen once (neutral words are drawn once) so every run tries the same names. */
  channelBase: z.string().min(1).max(80),
  /** The candidate name being created: reserved for this act in the store before conversations.create. */
  channelCandidate: z.strictObject({ name: z.string().min(1).max(80), n: z.number().int().min(1) }).optional(),
  /** Where to answer the person (Slack's response_url: 30 minutes, a few uses). */
  responseUrl: z.url().optional(),
  /**
   * Whom to answer by direct message when there is no reply address or it no longer takes answers: the
   * declare modal's submitter (a view has no response_url; one from `/incident open` expires in 30 minutes).
   */
  answerUser: slackUserIdSchema.optional(),
  /** Steps started and not (yet) finished: their effect may have happened, so they check before repeating. */
  started: z.array(z.enum(OPEN_STEPS)).default([]),
  done: stepResults,
  status: z.enum(['running', 'finished', 'failed']),
  /** Runs of the act: 1 for the command's own run, more when resumed. */
  runs: z.number().int().min(0),
  createdAt: instantSchema,
  finishedAt: instantSchema.optional(),
  /** Why the act stopped for good (a refusal's code), when it failed. */
  failure: z.string().optional(),
});
export type OpenAct = z.infer<typeof openActSchema>;

/** A new act for a request, before anything happened. */
export function newOpenAct(
  incidentId: string,
  request: OpenRequest,
  channelBase: string,
  responseUrl: string | undefined,
  now: Date,
  answerUser?: string,
): OpenAct {
  return openActSchema.parse({
    kind: 'open',
    incidentId,
    request: {
      title: request.title,
      severity: request.severity,
      ...(request.discoveredAt ? { discoveredAt: request.discoveredAt } : {}),
      regimes: request.regimes,
      drill: request.drill,
      speed: request.speed,
      openedBy: request.openedBy,
      ...(request.teamId ? { teamId: request.teamId } : {}),
      openedAt: request.openedAt.toISOString(),
      ...(request.responders?.length ? { responders: request.responders } : {}),
    },
    channelBase,
    ...(responseUrl ? { responseUrl } : {}),
    ...(answerUser ? { answerUser } : {}),
    started: [],
    done: {},
    status: 'running',
    runs: 0,
    createdAt: now.toISOString(),
  });
}

/** The request as the incident record needs it. */
export function openRequestOf(act: OpenAct): OpenRequest {
  const { openedAt, ...rest } = act.request;
  return { ...rest, openedAt: new Date(openedAt) };
}

/** The next step to run, or null when every step has its result. */
export function nextOpenStep(act: Pick<OpenAct, 'done'>): OpenStep | null {
  return OPEN_STEPS.find((step) => act.done[step] === undefined) ?? null;
}

/** Whether a step was started by an earlier run (or attempt) without recording a result: it may have happened. */
export function mayHaveHappened(act: Pick<OpenAct, 'started'>, step: OpenStep): boolean {
  return act.started.includes(step);
}

/** Steps with a result, and those still to do: what a person is told while an open is unfinished. */
export function openProgress(act: Pick<OpenAct, 'done'>): { done: OpenStep[]; pending: OpenStep[] } {
  return {
    done: OPEN_STEPS.filter((s) => act.done[s] !== undefined),
    pending: OPEN_STEPS.filter((s) => act.done[s] === undefined),
  };
}

/**
 * The key of "the same open": one person, the same title (case, spacing and punctuation aside). A second
 * open under the same key while the first is unfinished, or within a minute of it, is the first one.
 */
export function openDedupeKey(request: Pick<OpenRequest, 'openedBy' | 'title' | 'drill'>): string {
  const title = request.title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${request.openedBy}:${request.drill ? 'drill' : 'incident'}:${title}`;
}

/** How long an open that finished still answers a repeat of itself with the same incident. */
export const REPEAT_WINDOW_SECONDS = 60;
