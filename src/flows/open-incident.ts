import {
  mayHaveHappened,
  newOpenAct,
  nextOpenStep,
  type OpenAct,
  type OpenStep,
  type OpenStepResult,
  openDedupeKey,
  openProgress,
  openRequestOf,
} from '../domain/acts/open-act';
import { checklistItemsFor } from '../domain/checklist/templates';
import {
  baseChannelName,
  channelNameCandidate,
  MAX_NAME_ATTEMPTS,
  neutralWords,
} from '../domain/incidents/channel-naming';
import { type Incident, newIncident, type OpenRequest } from '../domain/incidents/incident';
import { catalogRegimes } from '../domain/obligations/catalog-engine';
import { beginDeadlines } from '../domain/obligations/deadline-state';
import { isOpen } from '../domain/obligations/obligation-record';
import { Refusal } from '../domain/refusals';
import { errorFields, errorName } from '../runtime/log';
import { redisOutage } from '../store/connection';
import { type Announced, announceStored } from './announce-stored';
import type { FlowContext } from './context';
import { computingAhead } from './obligations-ahead';
import type { InviteFailure } from './ports/chat';
import { showRegister } from './show-register';

export interface OpenedIncident {
  incident: Incident;
  inviteFailures: InviteFailure[];
  /** The obligations computed at open (null when computing them failed) and whether the channel was told. */
  deadlines: { open: number; announced: Announced } | null;
}

/** What the command learns before it acknowledges: the incident id to show, new or repeated. */
export type OpenBegun =
  | { kind: 'started'; incidentId: string }
  /** The same person opened the same title moments ago, or that open is unfinished: it is the same incident. */
  | { kind: 'repeat'; incidentId: string; act: OpenAct | null; incident: Incident | null };

/** How one run of an open ended. */
export type OpenRun =
  | { kind: 'finished'; act: OpenAct }
  /** A step failed after its retries: what is done stays done, and the resumer goes on later. */
  | { kind: 'unfinished'; act: OpenAct; code: string }
  | { kind: 'failed'; act: OpenAct; refusal: Refusal }
  /** Another process holds the act's lease (it is running it), or it is already over. */
  | { kind: 'busy' }
  | { kind: 'over'; act: OpenAct }
  | { kind: 'gone' };

/** Tries of a step within one run before the run stops and leaves the act to the resumer. */
const STEP_ATTEMPTS = 3;
const STEP_BACKOFF_MS = 250;

/**
 * `/incident open`, first half: the intent (incident id, channel name, request, who, where to answer) is
 * stored before anything happens in Slack, so a crash at any later point leaves an act the resumer finishes.
 * A repeat of an unfinished open (or of one finished within a minute) by the same person is that open.
 */
/** Ids drawn before giving up: two opens share a time slot and a random part about once in 1,024. */
const ID_DRAWS = 8;

export async function beginOpen(
  ctx: FlowContext,
  request: OpenRequest,
  responseUrl?: string,
  /** The declare modal's submitter, answered by direct message (a view has no response_url of its own). */
  answerUser?: string,
): Promise<OpenBegun> {
  refuseUnknownRegimes(request.regimes);
  const dedupeKey = openDedupeKey(request);
  const channelBase = baseChannelName({
    prefix: request.drill ? 'drill' : ctx.settings.channelPrefix,
    openedAt: request.openedAt,
    title: request.title,
    naming: ctx.settings.channelNaming,
    neutral: neutralWords(),
  });
  let created: Awaited<ReturnType<FlowContext['acts']['createOpen']>> = { created: false, idTaken: true };
  for (let draw = 0; draw < ID_DRAWS && 'idTaken' in created; draw += 1) {
    const incidentId = await ctx.incidents.nextId();
    // An id is new only if no act and no incident record has it (a record may outlive its act).
    if (await ctx.incidents.get(incidentId)) continue;
    created = await ctx.acts.createOpen(
      newOpenAct(incidentId, request, channelBase, responseUrl, ctx.now(), answerUser),
      dedupeKey,
    );
    if (created.created) {
      ctx.log.info('act_started', { act: 'open', incident: incidentId });
      return { kind: 'started', incidentId };
    }
  }
  if ('idTaken' in created) throw new Error(`no free incident id after ${ID_DRAWS} draws`);
  const existing = await ctx.acts.getOpen(created.existing);
  const incident = await ctx.incidents.get(created.existing);
  ctx.log.info('open_repeated', { incident: created.existing, finished: existing?.status === 'finished' });
  return { kind: 'repeat', incidentId: created.existing, act: existing, incident };
}

/**
 * `/incident open`, second half, and the resumer's: runs the act's remaining steps under its lease. A step
 * that an earlier run (or attempt) started without recording a result is checked before it is repeated.
 * `responseUrl` points the final answer at a newer request (a person re-running an interrupted open).
 */
export function runOpen(
  ctx: FlowContext,
  incidentId: string,
  options: { responseUrl?: string; resumed?: boolean } = {},
): Promise<OpenRun> {
  const run = () => runOpenNow(ctx, incidentId, options);
  return ctx.actSlots ? ctx.actSlots.run(run) : run();
}

async function runOpenNow(
  ctx: FlowContext,
  incidentId: string,
  options: { responseUrl?: string; resumed?: boolean },
): Promise<OpenRun> {
  const lease = await ctx.acts.lease(incidentId);
  if (!lease) return { kind: 'busy' };
  try {
    const stored = await ctx.acts.getOpen(incidentId);
    if (!stored) {
      await ctx.acts.forget(incidentId);
      return { kind: 'gone' };
    }
    if (stored.status !== 'running') return { kind: 'over', act: stored };
    let act: OpenAct = {
      ...stored,
      runs: stored.runs + 1,
      ...(options.responseUrl ? { responseUrl: options.responseUrl } : {}),
    };
    await ctx.acts.saveOpen(act);
    if (options.resumed) {
      ctx.log.info('act_resumed', { act: 'open', incident: incidentId, runs: act.runs });
      ctx.metrics.actResumed('open');
    }
    try {
      // Steps this run marked started itself (with the previous step's result): not "may have happened".
      const markedNow = new Set<OpenStep>();
      for (let step = nextOpenStep(act); step !== null; step = nextOpenStep(act)) {
        if (!lease.held()) return { kind: 'busy' };
        act = await runStep(ctx, act, step, markedNow);
      }
    } catch (error) {
      if (error instanceof Refusal) {
        act = { ...act, status: 'failed', finishedAt: ctx.now().toISOString(), failure: error.code };
        await ctx.acts.closeOpen(act, openDedupeKey(act.request));
        await answer(ctx, act, { kind: 'refused', incidentId, message: error.message });
        ctx.log.info('act_refused', { act: 'open', incident: incidentId, code: error.code });
        return { kind: 'failed', act, refusal: error };
      }
      const code = errorName(error);
      ctx.log.error('act_unfinished', {
        act: 'open',
        incident: incidentId,
        step: nextOpenStep(act) ?? 'none',
        err: error,
      });
      const runs = act.runs;
      // Redis out too: the answer is built from what this run knows (the act is left as stored, for the resumer).
      act = (await ctx.acts.getOpen(incidentId).catch(() => null)) ?? act;
      // Told once per request (the command's own run, or a person's re-run), not at every resumer pass.
      if (runs === 1 || options.responseUrl) {
        await answer(ctx, act, {
          kind: 'unfinished',
          incidentId,
          channelId: act.done.channel?.id ?? null,
          ...openProgress(act),
          cause: error,
        });
      }
      return { kind: 'unfinished', act, code };
    }
    act = { ...act, status: 'finished', finishedAt: ctx.now().toISOString() };
    await ctx.acts.closeOpen(act, openDedupeKey(act.request));
    ctx.log.info('act_finished', { act: 'open', incident: incidentId, runs: act.runs });
    return { kind: 'finished', act };
  } finally {
    await lease.release().catch(() => undefined);
  }
}

/** Both halves at once, for callers with nobody to acknowledge (tests, scripts). */
export async function openIncident(ctx: FlowContext, request: OpenRequest): Promise<OpenedIncident> {
  const begun = await beginOpen(ctx, request);
  const run = await runOpen(ctx, begun.incidentId);
  if (run.kind === 'failed') throw run.refusal;
  const act = run.kind === 'finished' || run.kind === 'over' ? run.act : await ctx.acts.getOpen(begun.incidentId);
  const incident = await ctx.incidents.get(begun.incidentId);
  if (act?.status !== 'finished' || !incident) {
    throw new Error(`open of ${begun.incidentId} is unfinished (${run.kind})`);
  }
  return { incident, inviteFailures: act.done.invite?.failures ?? [], deadlines: deadlinesOf(act) };
}

/** The open as its answer describes it. */
export function deadlinesOf(act: OpenAct): OpenedIncident['deadlines'] {
  const done = act.done.obligations;
  return done?.computed ? { open: done.open, announced: done.announced } : null;
}

/** Refuses `--regimes` ids the catalog does not know, before anything is created. */
function refuseUnknownRegimes(named: readonly string[]): void {
  const known = catalogRegimes();
  const unknown = named.filter((r) => !known.includes(r));
  if (unknown.length === 0) return;
  throw new Refusal(
    'unknown_regime',
    `Unknown regime${unknown.length > 1 ? 's' : ''} in \`--regimes\`: ${unknown.map((r) => `\`${r}\``).join(', ')}. ` +
      `Nothing was created. Known regimes: ${known.join(', ')}.`,
  );
}

/**
 * The person is answered on the request's reply address; an open from the declare modal, which has none (or
 * whose `/incident open` reply address expired while the form was filled in), by direct message instead.
 */
async function answer(ctx: FlowContext, act: OpenAct, reply: Parameters<FlowContext['chat']['answerOpen']>[1]) {
  const failed = (error: unknown) => {
    ctx.log.warn('open_answer_failed', { incident: act.incidentId, err: error });
    return false;
  };
  const answered = act.responseUrl ? await ctx.chat.answerOpen(act.responseUrl, reply).catch(failed) : false;
  if (answered || !act.answerUser) return answered;
  return ctx.chat.answerOpenDirect(act.answerUser, reply).catch(failed);
}

/** One step of the act, as the runner sees it: the act so far, whether it may have happened, and a way to note progress. */
interface StepRun {
  ctx: FlowContext;
  act: OpenAct;
  /** An earlier run or attempt started this step and recorded no result: check before doing it again. */
  again: boolean;
  /** Stores part of the act's state before a side effect (the channel name about to be created). */
  note(patch: Partial<OpenAct>): Promise<void>;
}

type StepHandler<S extends OpenStep> = (run: StepRun) => Promise<OpenStepResult<S>>;

/**
 * Marks the step started (stored), runs it with a few tries, stores its result. A step that throws on every
 * try ends the run; the act stays pending with the step marked started, so the next run checks first.
 */
async function runStep(ctx: FlowContext, actIn: OpenAct, step: OpenStep, markedNow: Set<OpenStep>): Promise<OpenAct> {
  let act = actIn;
  let lastError: unknown;
  for (let attempt = 1; attempt <= STEP_ATTEMPTS; attempt += 1) {
    const again = mayHaveHappened(act, step) && !(attempt === 1 && markedNow.has(step));
    if (!mayHaveHappened(act, step)) {
      act = { ...act, started: [...act.started, step] };
      await ctx.acts.saveOpen(act);
    }
    const run: StepRun = {
      ctx,
      act,
      again,
      note: async (patch) => {
        act = { ...act, ...patch };
        run.act = act;
        await ctx.acts.saveOpen(act);
      },
    };
    try {
      const result = await (OPEN_STEP_HANDLERS[step] as StepHandler<typeof step>)(run);
      act = { ...act, started: act.started.filter((s) => s !== step), done: { ...act.done, [step]: result } };
      // One write records this result and marks the next step started (an open makes one write per step, not two).
      const next = nextOpenStep(act);
      if (next && !act.started.includes(next)) {
        act = { ...act, started: [...act.started, next] };
        markedNow.add(next);
      }
      await ctx.acts.saveOpen(act);
      return act;
    } catch (error) {
      if (error instanceof Refusal) throw error;
      lastError = error;
      ctx.log.warn('act_step_failed', {
        act: 'open',
        incident: act.incidentId,
        step,
        attempt,
        err: error,
      });
      if (attempt < STEP_ATTEMPTS) await new Promise((r) => setTimeout(r, STEP_BACKOFF_MS * attempt));
    }
  }
  throw lastError;
}

async function incidentOf(run: StepRun): Promise<Incident> {
  const incident = await run.ctx.incidents.get(run.act.incidentId);
  if (!incident) throw new Error(`incident ${run.act.incidentId} not stored`);
  return incident;
}

function channelOf(act: OpenAct): { id: string; name: string } {
  if (!act.done.channel) throw new Error(`open of ${act.incidentId} has no channel yet`);
  return act.done.channel;
}

/** The act's own post of a kind, found by its metadata when the step may have posted it already. */
async function postOnce(
  run: StepRun,
  kind: 'header' | 'checklist',
  post: () => Promise<string | null>,
): Promise<string | null> {
  if (run.again) {
    const found = await run.ctx.chat.findActPost(
      channelOf(run.act).id,
      run.act.incidentId,
      kind,
      Date.parse(run.act.createdAt),
    );
    if (found) return found;
  }
  return post();
}

/**
 * Each step, checked where it may have happened. Creating the channel: every candidate name is reserved for
 * this act in the store first and noted on the act; a create that timed out, answered 5xx or `name_taken`
 * for a name this act tried is looked up by that name before anything else, so an ambiguous answer never
 * makes a `-2` channel.
 */
const OPEN_STEP_HANDLERS: { [S in OpenStep]: StepHandler<S> } = {
  async channel(run) {
    const { ctx } = run;
    for (let n = run.act.channelCandidate?.n ?? 1; n <= MAX_NAME_ATTEMPTS; n += 1) {
      const name = channelNameCandidate(run.act.channelBase, n);
      if (!(await ctx.acts.reserveChannelName(name, run.act.incidentId))) continue;
      const triedBefore = run.again && run.act.channelCandidate?.name === name;
      if (!triedBefore) await run.note({ channelCandidate: { name, n } });
      const ours = () => findOurChannel(run, name);
      if (triedBefore) {
        const found = await ours();
        if (found) return found;
      }
      let created: Awaited<ReturnType<typeof ctx.chat.createPrivateChannel>>;
      try {
        created = await ctx.chat.createPrivateChannel(name);
      } catch (error) {
        // Timed out or 5xx: it may exist. Mark the step as possibly done so a later try looks first.
        const found = await ours().catch(() => null);
        if (found) return found;
        throw error;
      }
      if (created !== 'name_taken') return created;
      const found = await ours();
      if (found) return found;
    }
    throw new Refusal('channel_names_taken', 'Every candidate channel name is taken; choose a different title.');
  },

  async record(run) {
    const { ctx, act } = run;
    const channel = channelOf(act);
    const existing = await ctx.incidents.get(act.incidentId);
    if (!existing) {
      // Bare dates typed later (`notified --at 2023-12-15`) are read in the opener's zone. Asked here, at the
      // step that writes the record once (a repeated step finds the record and asks nothing); Slack not
      // answering in time leaves the incident in UTC, which it says whenever it reads a date back.
      const timeZone = await zoneWithin(ctx.chat.userTimeZone(act.request.openedBy), ZONE_LOOKUP_MS);
      const request = { ...openRequestOf(act), ...(timeZone ? { timeZone } : {}) };
      const incident = newIncident(act.incidentId, request, channel, ctx.settings.checklistTemplate);
      await ctx.incidents.create(incident);
      ctx.log.info('incident_opened', {
        incident: incident.id,
        channel: channel.id,
        severity: incident.severity,
        drill: incident.drill,
      });
    }
    return {};
  },

  async timeline(run) {
    const incident = await incidentOf(run);
    await run.ctx.timeline.append(incident.id, {
      kind: 'opened',
      actor: incident.openedBy,
      at: incident.openedAt,
      summary: `Opened ${incident.drill ? 'drill' : 'incident'} "${incident.title}" (${incident.severity}), discovered ${incident.discoveredAt}`,
      data: {
        title: incident.title,
        severity: incident.severity,
        discoveredAt: incident.discoveredAt,
        channelId: incident.channelId,
        channelName: incident.channelName,
        drill: incident.drill,
        regimes: incident.regimes,
        ...(run.act.request.responders?.length ? { responders: run.act.request.responders } : {}),
      },
      dedupeKey: 'opened',
    });
    return {};
  },

  async invite(run) {
    const { ctx } = run;
    const incident = await incidentOf(run);
    const responders = await ctx.chat.expandResponders(ctx.settings.responders);
    const chosen = await expandChosenResponders(ctx, run.act.request.responders ?? []);
    const invitees = [...new Set([incident.openedBy, ...responders, ...chosen.users])].filter(
      (u) => u !== ctx.settings.botUserId,
    );
    const failures = [...chosen.failures, ...(await ctx.chat.invite(incident.channelId, invitees))];
    await ctx.incidents.update(incident.id, (current) => ({ ...current, inviteFailures: failures }));
    return { failures };
  },

  async topic(run) {
    await run.ctx.chat.setTopic(await incidentOf(run));
    return {};
  },

  async header(run) {
    const incident = await incidentOf(run);
    const ts = await postOnce(run, 'header', () => run.ctx.chat.postHeader(incident));
    if (ts) await run.ctx.incidents.update(incident.id, (current) => ({ ...current, headerMessageTs: ts }));
    return { ts };
  },

  async pin(run) {
    const ts = run.act.done.header?.ts;
    // A pin is a convenience: a refusal does not hold the open back.
    if (ts) {
      await run.ctx.chat.pin(channelOf(run.act).id, ts).catch((error: unknown) => {
        run.ctx.log.warn('pin_failed', { incident: run.act.incidentId, err: error });
      });
    }
    return {};
  },

  async checklist(run) {
    const incident = await incidentOf(run);
    const view = { items: checklistItemsFor(incident), states: await run.ctx.incidents.getChecklist(incident.id) };
    const ts = await postOnce(run, 'checklist', () => run.ctx.chat.postChecklist(incident, view));
    if (ts) {
      await run.ctx.incidents.update(incident.id, (current) => ({ ...current, checklistMessageTs: ts }));
      // Pinned with the header: the two messages a responder returns to. A convenience, like the header's pin.
      await run.ctx.chat.pin(incident.channelId, ts).catch((error: unknown) => {
        run.ctx.log.warn('pin_failed', { incident: incident.id, err: error });
      });
    }
    return { ts };
  },

  async obligations(run) {
    return startDeadlines(run, await incidentOf(run));
  },

  async register(run) {
    // Posted once obligations exist; show-register reports a refusal rather than throwing, and updates the
    // register in place when a resumed run finds its ts already stored.
    if (!run.act.done.obligations?.computed) return { shown: false };
    const incident = await incidentOf(run);
    // Posted by an earlier run that stopped before storing its ts: found by its metadata, adopted as the
    // register (and pinned, which may not have happened either), then updated in place instead of posted again.
    if (run.again && !incident.registerMessageTs) await adoptPostedRegister(run, incident);
    const shown = await showRegister(run.ctx, await incidentOf(run));
    return { shown: shown.shown };
  },

  async answer(run) {
    const { act } = run;
    const incident = await incidentOf(run);
    const delivered = await answer(run.ctx, act, {
      kind: 'opened',
      incident,
      inviteFailures: act.done.invite?.failures.length ?? 0,
      deadlines: deadlinesOf(act),
    });
    return { delivered };
  },
};

/** The register an earlier run posted, stored as the incident's register unless another act stored one first. */
async function adoptPostedRegister(run: StepRun, incident: Incident): Promise<void> {
  const { ctx } = run;
  const found = await ctx.chat.findActPost(incident.channelId, incident.id, 'register', Date.parse(run.act.createdAt));
  if (!found) return;
  let adopted = false;
  await ctx.incidents.update(incident.id, (current) => {
    if (current.registerMessageTs) return current;
    adopted = true;
    return { ...current, registerMessageTs: found };
  });
  if (adopted) await ctx.chat.pin(incident.channelId, found).catch(() => undefined);
}

/**
 * The responders chosen in the declare modal. A group that cannot be read (deleted since it was chosen) is an
 * invite failure the opener is told of, not a reason to hold the open back as an unreadable env group is.
 */
async function expandChosenResponders(
  ctx: FlowContext,
  chosen: readonly string[],
): Promise<{ users: string[]; failures: InviteFailure[] }> {
  const users: string[] = [];
  const failures: InviteFailure[] = [];
  for (const id of chosen) {
    try {
      users.push(...(await ctx.chat.expandResponders([id])));
    } catch (error) {
      failures.push({ user: id, error: errorCode(error) });
    }
  }
  return { users, failures };
}

/** Slack's own code (`no_such_subteam`) where there is one: what the header shows beside the group. */
function errorCode(error: unknown): string {
  const { slack_error, code } = errorFields(error);
  return slack_error ?? code ?? 'unreadable';
}

/** The private channel of that name the bot made, unless another incident already has it. */
async function findOurChannel(run: StepRun, name: string): Promise<{ id: string; name: string } | null> {
  const found = await run.ctx.chat.findOwnPrivateChannel(name);
  if (!found) return null;
  const holder = await run.ctx.incidents.getByChannel(found.id);
  return holder && holder.id !== run.act.incidentId ? null : found;
}

/**
 * The open's last work: compute the obligations from the discovery time, the organisation's profile and
 * `--regimes`, store them, schedule their reminders and post them. A failure to compute does not undo the
 * open: the channel is told, and `/incident facts` computes them again. A failure to post them after they
 * were stored is not a failure to compute: the outcome says they are stored and were not posted. Each part
 * is idempotent (stored once, reminders by job id, the timeline by dedupe key, the post found by metadata).
 */
async function startDeadlines(run: StepRun, incident: Incident): Promise<OpenStepResult<'obligations'>> {
  const { ctx } = run;
  const now = ctx.now();
  let records: NonNullable<Awaited<ReturnType<FlowContext['deadlines']['get']>>>['obligations'];
  try {
    const { after } = await ctx.deadlines.update(
      incident.id,
      computingAhead(ctx, (current, compute) =>
        beginDeadlines(current, incident, ctx.settings.profile, compute, incident.openedBy, now),
      ),
    );
    if (!after) throw new Error(`deadlines of ${incident.id} not stored`);
    records = after.obligations;
    const open = after.obligations.filter(isOpen);
    await ctx.timeline.append(incident.id, {
      kind: 'obligations_computed',
      actor: 'breachbot',
      at: now.toISOString(),
      summary: `Obligations computed at open: ${open.length}${open.length ? ` (${open.map((o) => o.id).join(', ')})` : ''}`,
      data: {
        version: after.version,
        obligations: open.map((o) => ({ id: o.id, dueAt: o.dueAt })),
        regimes: incident.regimes,
      },
      dedupeKey: `obligations:v${after.version}`,
    });
    const scheduled = await ctx.reminders.scheduleIncident(incident, after.obligations, now);
    ctx.log.info('obligations_computed', { incident: incident.id, obligations: open.length, reminders: scheduled });
  } catch (error) {
    // Redis out (or not answering) is not a failure to compute: the step is left to a later run, which finds
    // what was stored and schedules what was not, instead of telling the channel to recompute by hand.
    if (redisOutage(error)) throw error;
    ctx.log.error('obligations_at_open_failed', { incident: incident.id, err: error });
    // Once per open: a run that stopped after telling the channel finds its notice by its metadata.
    const told =
      run.again &&
      (await ctx.chat
        .findActPost(incident.channelId, incident.id, 'obligations_failed', Date.parse(run.act.createdAt))
        .catch(() => null));
    if (!told) {
      await ctx.chat.announce(incident, { kind: 'obligations_failed' }, 'obligations_failed').catch(() => undefined);
    }
    return { open: 0, announced: { posted: false, code: errorName(error) }, computed: false };
  }
  const open = records.filter(isOpen).length;
  if (run.again) {
    const found = await ctx.chat.findActPost(
      incident.channelId,
      incident.id,
      'obligations',
      Date.parse(run.act.createdAt),
    );
    if (found) return { open, announced: { posted: true }, computed: true };
  }
  const announced = await announceStored(ctx, incident, { kind: 'obligations_at_open', records, now }, 'obligations');
  return { open, announced, computed: true };
}

/** How long the open waits for the opener's zone before it records the incident in UTC. */
const ZONE_LOOKUP_MS = 2000;

async function zoneWithin(lookup: Promise<string | null>, ms: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
    timer.unref();
  });
  try {
    return await Promise.race([lookup.catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}
