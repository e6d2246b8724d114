import { OPEN_STEPS, type OpenAct, type OpenStep } from '../../src/domain/acts/open-act';
import type { OpenRequest } from '../../src/domain/incidents/incident';
import { requestClose } from '../../src/flows/close-incident';
import { beginOpen, runOpen } from '../../src/flows/open-incident';
import { resumeOpenActs } from '../../src/flows/resume-acts';
import { FlowHarness } from './flow-harness';

/** `/incident open` as a resumable act, on real Redis with the in-memory chat: ambiguity, repeats, resuming. */
const h = new FlowHarness(`test-open-recovery-${process.pid}-${Date.now()}`);

afterAll(() => h.close());
beforeEach(async () => {
  await h.wipe();
  h.restart();
  h.now = new Date('2026-12-01T12:00:00.000Z');
});

function request(overrides: Partial<OpenRequest> = {}): OpenRequest {
  return {
    title: 'Laptop stolen',
    severity: 'sev2',
    regimes: [],
    drill: false,
    speed: 1,
    openedBy: 'UALICE',
    openedAt: h.now,
    ...overrides,
  };
}

const URL = 'https://hooks.example/response/1';

async function begin(overrides: Partial<OpenRequest> = {}) {
  const begun = await beginOpen(h.ctx, request(overrides), URL);
  if (begun.kind !== 'started') throw new Error(`expected a new open, got ${begun.kind}`);
  return begun.incidentId;
}

function count(prefix: string): number {
  return h.chat.calls.filter((c) => c.startsWith(prefix)).length;
}

describe('ambiguous answers (the call took effect, then failed)', () => {
  test('conversations.create: the channel is found by its reserved name; no -2 channel', async () => {
    h.chat.failNext('createPrivateChannel', true);
    const id = await begin();
    const run = await runOpen(h.ctx, id);
    expect(run.kind).toBe('finished');
    expect([...h.chat.channelsByName.keys()]).toEqual(['inc-20261201-laptop-stolen']);
    const incident = await h.ctx.incidents.get(id);
    expect(incident?.channelName).toBe('inc-20261201-laptop-stolen');
    expect(h.chat.answers.map((a) => a.reply.kind)).toEqual(['opened']);
  });

  test.each(['postHeader', 'postChecklist'] as const)('%s: found by its metadata; posted once', async (method) => {
    h.chat.failNext(method, true);
    const id = await begin();
    expect((await runOpen(h.ctx, id)).kind).toBe('finished');
    const post = method === 'postHeader' ? 'header' : 'checklist';
    const posts = h.chat.actPosts.filter((p) => p.post === post);
    expect(posts).toHaveLength(1);
    const incident = await h.ctx.incidents.get(id);
    expect(method === 'postHeader' ? incident?.headerMessageTs : incident?.checklistMessageTs).toBe(posts[0]?.ts);
  });
});

describe('a run that stops part-way (Slack failing on every try) is finished by the resumer', () => {
  test.each([
    ['createPrivateChannel', 'channel'],
    ['invite', 'invite'],
    ['postHeader', 'header'],
    ['postChecklist', 'checklist'],
  ] as const)('%s fails on every try: the user hears what exists; a resume finishes it, once', async (method, step) => {
    h.chat.failNext(method, false, 3);
    const id = await begin();
    const first = await runOpen(h.ctx, id);
    expect(first.kind).toBe('unfinished');
    const told = h.chat.answers[0]?.reply;
    expect(told).toMatchObject({ kind: 'unfinished', incidentId: id });
    expect(told?.kind === 'unfinished' && told.pending).toContain(step);

    // Another process, later: the lease of the first run was released, so the resumer takes it.
    h.now = new Date(h.now.getTime() + 60_000);
    const resumed = await resumeOpenActs(h.ctx, { minAgeMs: 0 });
    expect(resumed).toEqual({ resumed: 1, finished: 1 });
    expect(h.chat.channelsByName.size).toBe(1);
    expect(h.chat.actPosts.filter((p) => p.post === 'header')).toHaveLength(1);
    expect(h.chat.actPosts.filter((p) => p.post === 'checklist')).toHaveLength(1);
    const incident = await h.ctx.incidents.get(id);
    expect(h.chat.members.get(incident?.channelId ?? '')?.has('UALICE')).toBe(true);
    expect(h.chat.answers.at(-1)?.reply.kind).toBe('opened');
    // Nothing left to resume.
    expect(await resumeOpenActs(h.ctx, { minAgeMs: 0 })).toEqual({ resumed: 0, finished: 0 });
  });
});

describe('the same open twice', () => {
  test('the same person, the same title, within a minute: one incident, and they are told', async () => {
    const id = await begin();
    await runOpen(h.ctx, id);
    const again = await beginOpen(h.ctx, request({ title: '  laptop STOLEN ' }), URL);
    expect(again).toMatchObject({ kind: 'repeat', incidentId: id, act: { status: 'finished' } });
    expect(count('createPrivateChannel')).toBe(1);
  });

  test('another person, or another title, is another incident', async () => {
    const id = await begin();
    await runOpen(h.ctx, id);
    expect((await beginOpen(h.ctx, request({ openedBy: 'UBOB' }), URL)).kind).toBe('started');
    expect((await beginOpen(h.ctx, request({ title: 'Laptop stolen again' }), URL)).kind).toBe('started');
  });

  test('re-running an interrupted open gets the same incident, finished, and answered on the new request', async () => {
    h.chat.failNext('postHeader', false, 3);
    const id = await begin();
    expect((await runOpen(h.ctx, id)).kind).toBe('unfinished');
    const again = await beginOpen(h.ctx, request(), 'https://hooks.example/response/2');
    expect(again).toMatchObject({ kind: 'repeat', incidentId: id, act: { status: 'running' } });
    expect((await runOpen(h.ctx, id, { responseUrl: 'https://hooks.example/response/2', resumed: true })).kind).toBe(
      'finished',
    );
    expect(h.chat.channelsByName.size).toBe(1);
    expect(h.chat.answers.at(-1)).toMatchObject({ url: 'https://hooks.example/response/2', reply: { kind: 'opened' } });
  });
});

test('two resumers at once run an act once (its lease)', async () => {
  const id = await begin();
  const runs = await Promise.all([runOpen(h.ctx, id), runOpen(h.ctx, id)]);
  expect(runs.map((r) => r.kind).sort()).toEqual(['busy', 'finished']);
  expect(h.chat.channelsByName.size).toBe(1);
  expect(count('postHeader')).toBe(1);
});

test('a refusal ends the act and is the answer (every channel name taken)', async () => {
  h.chat.taken.add('inc-20261201-laptop-stolen');
  for (let n = 2; n <= 100; n += 1) h.chat.taken.add(`inc-20261201-laptop-stolen-${n}`);
  const id = await begin();
  const run = await runOpen(h.ctx, id);
  expect(run.kind).toBe('failed');
  expect(h.chat.answers[0]?.reply).toMatchObject({ kind: 'refused' });
  expect(await resumeOpenActs(h.ctx, { minAgeMs: 0 })).toEqual({ resumed: 0, finished: 0 });
});

describe('close, resumed', () => {
  async function openedIncident() {
    const id = await begin();
    await runOpen(h.ctx, id);
    const incident = await h.ctx.incidents.get(id);
    if (!incident) throw new Error('not opened');
    h.chat.clear();
    return incident;
  }

  test('a close whose header refresh fails is closed at once and finished by the resumer, summary once', async () => {
    const incident = await openedIncident();
    h.chat.failNext('refreshHeader', false);
    const outcome = await requestClose(h.ctx, { userId: 'UALICE', channelId: incident.channelId });
    expect(outcome.kind).toBe('closed');
    expect((await h.ctx.incidents.get(incident.id))?.status).toBe('closed');
    // A refused post does not hold the others back: the final summary went out; the header is the resumer's.
    expect(count('postSummary')).toBe(1);

    expect(await resumeOpenActs(h.ctx, { minAgeMs: 0 })).toEqual({ resumed: 1, finished: 1 });
    expect(count('refreshHeader:closed')).toBe(2);
    expect(h.chat.actPosts.filter((p) => p.post === 'final_summary')).toHaveLength(1);
    expect(await resumeOpenActs(h.ctx, { minAgeMs: 0 })).toEqual({ resumed: 0, finished: 0 });
  });

  test('the final summary posted, then an error: the resumed close finds it and does not post it again', async () => {
    const incident = await openedIncident();
    h.chat.failNext('postSummary', true);
    await requestClose(h.ctx, { userId: 'UALICE', channelId: incident.channelId });
    expect(await resumeOpenActs(h.ctx, { minAgeMs: 0 })).toEqual({ resumed: 1, finished: 1 });
    expect(count('postSummary')).toBe(1);
    expect(h.chat.actPosts.filter((p) => p.post === 'final_summary')).toHaveLength(1);
  });

  test('the summary file not in the channel after a cut-off share: deleted before a fresh copy goes up, never a fresh copy without the delete', async () => {
    const incident = await openedIncident();
    // The share of the file whose id the act recorded never got an answer (the run died, or Slack held it).
    h.chat.failNext('shareFile', false);
    await requestClose(h.ctx, { userId: 'UALICE', channelId: incident.channelId });
    expect(h.chat.sharedFiles).toEqual([]);
    expect((await h.ctx.acts.getClose(incident.id))?.summaryFile?.id).toBe('F0SUMMARY');

    // Slack refuses the delete: the earlier file might still land, so no fresh copy goes up.
    h.chat.failDiscard = 'ratelimited';
    expect(await resumeOpenActs(h.ctx, { minAgeMs: 0 })).toEqual({ resumed: 1, finished: 0 });
    expect(count('uploadSummaryFile')).toBe(0);

    h.chat.failDiscard = null;
    expect(await resumeOpenActs(h.ctx, { minAgeMs: 0 })).toEqual({ resumed: 1, finished: 1 });
    expect(h.chat.discardedFiles).toEqual(['F0SUMMARY']);
    expect(h.chat.calls.indexOf('discardFile')).toBeLessThan(h.chat.calls.indexOf('uploadSummaryFile'));
    expect(h.chat.sharedFiles).toEqual(['F0SUMMARY2']);
    expect(h.chat.actPosts.filter((p) => p.post === 'final_summary')).toHaveLength(1);
    const recorded = (await h.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'summary_posted');
    expect(recorded.map((e) => e.data.fileId)).toEqual(['F0SUMMARY2']);
    expect((await h.ctx.acts.getClose(incident.id))?.summaryFile?.id).toBe('F0SUMMARY2');
  });

  test('a second close of a closed incident does nothing', async () => {
    const incident = await openedIncident();
    await requestClose(h.ctx, { userId: 'UALICE', channelId: incident.channelId });
    const again = await requestClose(h.ctx, { userId: 'UALICE', channelId: incident.channelId });
    expect(again.kind).toBe('already_closed');
    expect(count('postSummary')).toBe(1);
  });
});

/**
 * What a SIGKILL inside a step leaves in the store: the step marked started, no result for it or any later
 * step, the act still pending. (test/process/open-crash.test.ts kills the compiled bot for the Slack calls;
 * these are the steps whose effect and record are both ours.)
 */
async function asIfKilledIn(id: string, step: OpenStep): Promise<void> {
  const act = await h.ctx.acts.getOpen(id);
  if (!act) throw new Error('no act');
  const from = OPEN_STEPS.indexOf(step);
  const done = Object.fromEntries(
    Object.entries(act.done).filter(([s]) => OPEN_STEPS.indexOf(s as OpenStep) < from),
  ) as OpenAct['done'];
  const { finishedAt: _finished, ...running } = act;
  await h.ctx.acts.saveOpen({ ...running, done, started: [step], status: 'running' });
  await h.redis.zadd(h.keys.pendingActs(), Date.parse(act.createdAt), id);
}

describe('killed after a post, before its result was stored', () => {
  test('the register: the resumed open finds it by its metadata and updates it; never a second register', async () => {
    const id = await begin();
    expect((await runOpen(h.ctx, id)).kind).toBe('finished');
    const first = (await h.ctx.incidents.get(id))?.registerMessageTs;
    expect(first).toBeDefined();
    // Died between chat.postMessage and storing the ts on the record.
    await h.ctx.incidents.update(id, ({ registerMessageTs: _ts, ...rest }) => rest);
    await asIfKilledIn(id, 'register');

    expect(await resumeOpenActs(h.ctx, { minAgeMs: 0 })).toEqual({ resumed: 1, finished: 1 });
    expect(h.chat.actPosts.filter((p) => p.post === 'register')).toHaveLength(1);
    expect(count('postRegister')).toBe(1);
    expect((await h.ctx.incidents.get(id))?.registerMessageTs).toBe(first);
    expect(h.chat.register).toMatchObject({ ts: first, updates: 1 });
  });

  test('"obligations could not be computed": told once, however often the step is run again', async () => {
    h.reminders.scheduleIncident = async () => {
      throw new Error('a bug in planning reminders');
    };
    const id = await begin();
    expect((await runOpen(h.ctx, id)).kind).toBe('finished');
    expect(h.chat.kinds()).toEqual(['obligations_failed']);
    await asIfKilledIn(id, 'obligations');

    expect(await resumeOpenActs(h.ctx, { minAgeMs: 0 })).toEqual({ resumed: 1, finished: 1 });
    expect(h.chat.kinds()).toEqual(['obligations_failed']);
    expect(h.chat.actPosts.filter((p) => p.post === 'obligations_failed')).toHaveLength(1);
  });
});
