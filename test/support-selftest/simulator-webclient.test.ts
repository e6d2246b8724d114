/**
 * The Slack simulator, driven through the real @slack/web-api WebClient (the client Bolt gives listeners),
 * pointed at it with `slackApiUrl`.
 */
import { ErrorCode, LogLevel, type WebAPIPlatformError, WebClient } from '@slack/web-api';
import { GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { manifestBotScopes } from '../support/slack-simulator/scopes';

let sim: SlackSimulator;
let client: WebClient;

function clientFor(sim: SlackSimulator, options: ConstructorParameters<typeof WebClient>[1] = {}): WebClient {
  return new WebClient(sim.botToken, {
    slackApiUrl: sim.apiUrl,
    retryConfig: { retries: 0 },
    logLevel: LogLevel.ERROR,
    ...options,
  });
}

/** The Slack error code of a rejected Web API call. */
async function slackError(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
  } catch (error) {
    return (error as WebAPIPlatformError).data?.error ?? (error as Error).message;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  // The workspace as a whole, public channels too: more scopes than the bot's manifest asks for.
  sim = await startSlackSimulator({
    scopes: [...manifestBotScopes(), 'channels:manage', 'channels:join', 'channels:read', 'channels:history'],
  });
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.reset();
  client = clientFor(sim);
});

describe('wire format the WebClient uses', () => {
  it('posts form-encoded bodies with a Bearer token; blocks and metadata round-trip through history', async () => {
    const created = await client.conversations.create({ name: 'inc-2024-laptop', is_private: true });
    const channel = created.channel?.id ?? '';
    expect(channel).toMatch(/^C/);
    expect(created.channel?.is_private).toBe(true);

    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Incident* opened' } }];
    const metadata = { event_type: 'incident_opened', event_payload: { incident_id: 'INC-1', severity: 'sev1' } };
    const posted = await client.chat.postMessage({ channel, text: 'Incident opened', blocks, metadata });
    expect(posted.ok).toBe(true);
    expect(posted.channel).toBe(channel);
    expect(posted.message?.blocks).toEqual(blocks);

    const call = await sim.waitForCall('chat.postMessage');
    expect(call.contentType).toBe('application/x-www-form-urlencoded');
    expect(call.token).toBe(sim.botToken);
    expect(call.args.blocks).toEqual(blocks); // parsed from the JSON string the WebClient sends
    expect(call.args.metadata).toEqual(metadata);

    const withMeta = await client.conversations.history({ channel, include_all_metadata: true });
    expect(withMeta.messages?.[0]).toMatchObject({ ts: posted.ts, text: 'Incident opened', blocks, metadata });
    const withoutMeta = await client.conversations.history({ channel });
    expect(withoutMeta.messages?.[0]?.metadata).toBeUndefined();
  });

  it('gives unique, increasing ts values, updates by channel+ts and builds permalinks', async () => {
    const channel = sim.seedChannel({ name: 'ops', members: ['UBOT', 'UALICE'] }).id;
    const a = await client.chat.postMessage({ channel, text: 'one' });
    const b = await client.chat.postMessage({ channel, text: 'two' });
    expect(Number(b.ts)).toBeGreaterThan(Number(a.ts));

    const updated = await client.chat.update({ channel, ts: a.ts ?? '', text: 'one (edited)' });
    expect(updated.text).toBe('one (edited)');
    expect(sim.message(channel, a.ts ?? '')?.text).toBe('one (edited)');
    expect(await slackError(client.chat.update({ channel, ts: '1.000001', text: 'x' }))).toBe('message_not_found');

    const link = await client.chat.getPermalink({ channel, message_ts: a.ts ?? '' });
    expect(link.permalink).toBe(`https://example.slack.com/archives/${channel}/p${(a.ts ?? '').replace('.', '')}`);

    const eph = await client.chat.postEphemeral({ channel, user: 'UALICE', text: 'only you' });
    expect(eph.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(sim.ephemerals(channel)).toHaveLength(1);
    expect(await slackError(client.chat.postEphemeral({ channel, user: 'UBOB', text: 'x' }))).toBe(
      'user_not_in_channel',
    );
  });

  it('refuses a wrong token, records unknown methods', async () => {
    const wrong = clientFor(sim, { headers: { Authorization: 'Bearer xoxb-wrong' } });
    expect(await slackError(wrong.auth.test())).toBe('invalid_auth');
    expect(await slackError(client.apiCall('nope.nothing', { a: 1 }))).toBe('unknown_method');
    expect(sim.calls('nope.nothing')[0]?.args).toEqual({ a: '1' });
    expect((await client.auth.test()).user_id).toBe('UBOT');
  });

  it('accepts JSON bodies and the token as a form field', async () => {
    const json = await fetch(`${sim.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${sim.botToken}` },
      body: JSON.stringify({ channel: 'UALICE', text: 'hi', blocks: [{ type: 'divider' }] }),
    }).then((r) => r.json() as Promise<Record<string, unknown>>);
    expect(json).toMatchObject({ ok: true, channel: expect.stringMatching(/^D/) });

    const form = await fetch(`${sim.apiUrl}auth.test`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: sim.botToken }).toString(),
    }).then((r) => r.json() as Promise<Record<string, unknown>>);
    expect(form).toMatchObject({ ok: true, user_id: 'UBOT', bot_id: 'B0BOT', team_id: 'T0TEST' });
    expect(sim.calls('auth.test')[0]?.args.token).toBeUndefined();
  });
});

describe('channels', () => {
  it('validates names like Slack and answers name_taken, archived channels included', async () => {
    expect(await slackError(client.conversations.create({ name: 'Incident 1' }))).toBe('invalid_name_specials');
    expect(await slackError(client.conversations.create({ name: 'x'.repeat(81) }))).toBe('invalid_name_maxlength');
    expect(await slackError(client.conversations.create({ name: '' }))).toBe('invalid_name_required');
    const first = await client.conversations.create({ name: 'inc-1' });
    expect(first.channel?.is_private).toBe(false);
    expect(await slackError(client.conversations.create({ name: 'inc-1', is_private: true }))).toBe('name_taken');
    await client.conversations.archive({ channel: first.channel?.id ?? '' });
    expect(await slackError(client.conversations.create({ name: 'inc-1' }))).toBe('name_taken');
    expect(await slackError(client.chat.postMessage({ channel: first.channel?.id ?? '', text: 'x' }))).toBe(
      'is_archived',
    );
  });

  it('invites like Slack: already_in_channel, user_not_found, cant_invite_self', async () => {
    const channel = (await client.conversations.create({ name: 'inc-2', is_private: true })).channel?.id ?? '';
    await client.conversations.invite({ channel, users: 'UALICE,UBOB' });
    expect(sim.channel(channel)?.members).toEqual(['UBOT', 'UALICE', 'UBOB']);
    expect(await slackError(client.conversations.invite({ channel, users: 'UALICE' }))).toBe('already_in_channel');
    expect(await slackError(client.conversations.invite({ channel, users: 'UCAROL,UNOBODY' }))).toBe('user_not_found');
    expect(sim.channel(channel)?.members).not.toContain('UCAROL'); // all-or-nothing without force
    expect(await slackError(client.conversations.invite({ channel, users: 'UBOT' }))).toBe('cant_invite_self');

    await client.conversations.setTopic({ channel, topic: 'Laptop stolen — sev1' });
    const info = await client.conversations.info({ channel, include_num_members: true });
    expect(info.channel).toMatchObject({ topic: { value: 'Laptop stolen — sev1' }, num_members: 3, is_member: true });
  });

  it('hides private channels the bot is not in, and needs membership to post in public ones', async () => {
    const secret = sim.seedChannel({ name: 'secret', is_private: true, members: ['UALICE'] });
    expect(await slackError(client.conversations.info({ channel: secret.id }))).toBe('channel_not_found');
    expect(await slackError(client.chat.postMessage({ channel: GENERAL_CHANNEL_ID, text: 'x' }))).toBe(
      'not_in_channel',
    );
    await client.conversations.join({ channel: GENERAL_CHANNEL_ID });
    expect((await client.chat.postMessage({ channel: GENERAL_CHANNEL_ID, text: 'x' })).ok).toBe(true);
  });

  it('paginates conversations.members with response_metadata.next_cursor', async () => {
    const members = Array.from({ length: 7 }, (_, i) => `UMEMBER${i}`);
    const channel = sim.seedChannel({ name: 'big', is_private: true, members: ['UBOT', ...members] });
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await client.conversations.members({ channel: channel.id, limit: 3, ...(cursor ? { cursor } : {}) });
      pages.push(page.members ?? []);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);
    expect(pages.flat()).toEqual(['UBOT', ...members]);

    const viaPaginate: string[] = [];
    for await (const page of client.paginate('conversations.members', { channel: channel.id, limit: 2 })) {
      viaPaginate.push(...((page as { members?: string[] }).members ?? []));
    }
    expect(viaPaginate).toEqual(['UBOT', ...members]);
  });

  it('users.conversations with user: the private channels the bot shares with them, paged, as Slack answers', async () => {
    const shared = Array.from({ length: 5 }, (_, i) =>
      sim.seedChannel({ name: `inc-shared-${i}`, is_private: true, members: ['UBOT', 'UALICE'] }),
    );
    sim.seedChannel({ name: 'secret', is_private: true, members: ['UALICE'] }); // the bot is not in it
    sim.seedChannel({ name: 'bobs', is_private: true, members: ['UBOT', 'UBOB'] }); // Alice is not in it
    const archived = sim.seedChannel({ name: 'old', is_private: true, members: ['UBOT', 'UALICE'], is_archived: true });
    const listed: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.users.conversations({
        user: 'UALICE',
        types: 'private_channel',
        exclude_archived: true,
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      sizes.push(page.channels?.length ?? 0);
      listed.push(...(page.channels ?? []).map((c) => c.id ?? ''));
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    expect(sizes).toEqual([2, 2, 1]);
    expect(listed).toEqual(shared.map((c) => c.id));
    const withArchived = await client.users.conversations({ user: 'UALICE', types: 'private_channel' });
    expect(withArchived.channels?.map((c) => c.id)).toContain(archived.id);
    // types defaults to public_channel: Alice is in #general.
    expect((await client.users.conversations({ user: 'UALICE' })).channels?.map((c) => c.id)).toEqual([
      GENERAL_CHANNEL_ID,
    ]);
    expect(await slackError(client.users.conversations({ user: 'UALICE', types: 'secret_channel' }))).toBe(
      'invalid_types',
    );
    expect(await slackError(client.users.conversations({ user: 'UALICE', limit: 1000 }))).toBe('invalid_limit');
    expect(await slackError(client.users.conversations({ user: 'UALICE', cursor: 'bm9wZQ==' }))).toBe('invalid_cursor');
  });

  it('lists user group members and user info', async () => {
    sim.seedUserGroup('S0LEGAL', ['UALICE', 'UCAROL']);
    expect((await client.usergroups.users.list({ usergroup: 'S0LEGAL' })).users).toEqual(['UALICE', 'UCAROL']);
    expect(await slackError(client.usergroups.users.list({ usergroup: 'S0NONE' }))).toBe('no_such_subteam');
    expect((await client.users.info({ user: 'UBOB' })).user).toMatchObject({ id: 'UBOB', name: 'bob', is_bot: false });
  });
});

describe('fault injection', () => {
  it('429 with retry-after is waited out and retried by the WebClient', async () => {
    const retrying = clientFor(sim, { retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    sim.failNext('auth.test', { status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    const result = await retrying.auth.test();
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(sim.calls('auth.test').map((c) => c.status)).toEqual([429, 200]);
  });

  it('429 rejects at once with rejectRateLimitedCalls', async () => {
    const strict = clientFor(sim, { rejectRateLimitedCalls: true });
    sim.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 30 });
    await expect(strict.chat.postMessage({ channel: 'UALICE', text: 'x' })).rejects.toMatchObject({
      code: ErrorCode.RateLimitedError,
      retryAfter: 30,
    });
  });

  it('answers ok:false errors and HTTP 500 for the given count, then recovers', async () => {
    sim.failNext('users.info', { error: 'channel_not_found' }, 2);
    expect(await slackError(client.users.info({ user: 'UBOB' }))).toBe('channel_not_found');
    expect(await slackError(client.users.info({ user: 'UBOB' }))).toBe('channel_not_found');
    expect((await client.users.info({ user: 'UBOB' })).ok).toBe(true);

    sim.failNext('users.info', { status: 500 });
    await expect(client.users.info({ user: 'UBOB' })).rejects.toMatchObject({
      code: ErrorCode.HTTPError,
      statusCode: 500,
    });
  });

  it('"applied, then 500": the call takes effect and still answers 500', async () => {
    sim.failNext('conversations.create', { status: 500, applied: true });
    await expect(client.conversations.create({ name: 'inc-ambiguous', is_private: true })).rejects.toMatchObject({
      statusCode: 500,
    });
    expect(sim.channel('inc-ambiguous')).toBeDefined();
    // Without `applied`, a 500 leaves nothing behind.
    sim.failNext('conversations.create', { status: 500 });
    await expect(client.conversations.create({ name: 'inc-clean', is_private: true })).rejects.toMatchObject({
      statusCode: 500,
    });
    expect(sim.channel('inc-clean')).toBeUndefined();
  });

  it('a fault narrowed to one channel leaves the others alone', async () => {
    const a = sim.seedChannel({ name: 'chan-a', members: ['UBOT'] }).id;
    const b = sim.seedChannel({ name: 'chan-b', members: ['UBOT'] }).id;
    sim.failNext('chat.postMessage', { error: 'rate_limited_here', channel: a });
    expect((await client.chat.postMessage({ channel: b, text: 'b' })).ok).toBe(true);
    expect(await slackError(client.chat.postMessage({ channel: a, text: 'a' }))).toBe('rate_limited_here');
    expect((await client.chat.postMessage({ channel: a, text: 'a again' })).ok).toBe(true);
  });

  it("a hung call never answers, and the client's own timeout ends it", async () => {
    const impatient = clientFor(sim, { timeout: 200, retryConfig: { retries: 0 } });
    sim.failNext('auth.test', { hang: true });
    await expect(impatient.auth.test()).rejects.toThrow();
    expect((await impatient.auth.test()).ok).toBe(true);
  });

  it('hold() keeps a call inside the simulator, before its effect, until released', async () => {
    const held = sim.hold('conversations.create');
    const creating = client.conversations.create({ name: 'inc-held', is_private: true });
    expect((await held.reached).name).toBe('inc-held');
    expect(sim.channel('inc-held')).toBeUndefined();
    held.release();
    expect((await creating).ok).toBe(true);
    expect(sim.channel('inc-held')).toBeDefined();
  });

  it('delayMs answers normally, later', async () => {
    sim.failNext('auth.test', { delayMs: 50 });
    expect((await client.auth.test()).ok).toBe(true);
    expect(sim.calls('auth.test').map((c) => c.status)).toEqual([200]);
  });

  it('setHandler overrides a method and can wrap the default', async () => {
    sim.setHandler('auth.test', async (_args, ctx) => ({ ...(await ctx.callDefault()), user_id: 'UOTHER' }));
    expect((await client.auth.test()).user_id).toBe('UOTHER');
    sim.clearHandler('auth.test');
    expect((await client.auth.test()).user_id).toBe('UBOT');
  });
});

describe('files.uploadV2', () => {
  it('goes getUploadURLExternal → upload URL → completeUploadExternal, and shares into the channel', async () => {
    const channel = (await client.conversations.create({ name: 'inc-files', is_private: true })).channel?.id ?? '';
    const content = '# Incident summary\n\nCafé – ünïcödé\n';
    const result = await client.files.uploadV2({
      channel_id: channel,
      content,
      filename: 'summary.md',
      title: 'Incident summary',
      initial_comment: 'Summary attached',
    });
    // uploadV2 answers one completeUploadExternal result per (channel, thread, comment) group: files are nested.
    const completion = (result as unknown as { files: { files: { id: string; title: string; size: number }[] }[] })
      .files;
    const file = completion[0]?.files[0];
    expect(file).toMatchObject({ title: 'Incident summary', size: Buffer.byteLength(content) });

    expect(sim.calls().map((c) => c.method)).toEqual([
      'conversations.create',
      'files.getUploadURLExternal',
      'files.completeUploadExternal',
    ]);
    expect(sim.calls('files.getUploadURLExternal')[0]?.args).toMatchObject({
      filename: 'summary.md',
      length: String(Buffer.byteLength(content)),
    });
    expect(sim.calls('files.completeUploadExternal')[0]?.args).toMatchObject({
      files: [{ id: file?.id, title: 'Incident summary' }],
      channel_id: channel,
      initial_comment: 'Summary attached',
    });
    expect(sim.uploads()[0]?.encoding).toBe('multipart'); // the WebClient posts the bytes as multipart/form-data
    expect(sim.fileContents(file?.id ?? '')?.toString('utf8')).toBe(content);
    expect(sim.messages(channel).at(-1)).toMatchObject({ text: 'Summary attached', files: [{ id: file?.id }] });
  });

  it('completeUploadExternal fails when the bytes were never uploaded', async () => {
    const { file_id } = await client.files.getUploadURLExternal({ filename: 'a.txt', length: 3 });
    expect(await slackError(client.files.completeUploadExternal({ files: [{ id: file_id ?? '' }] }))).toBe(
      'file_not_found',
    );
    const raw = await fetch(`${sim.url}/upload/${file_id}`, { method: 'POST', body: 'abc' });
    expect(raw.status).toBe(200);
    expect((await client.files.completeUploadExternal({ files: [{ id: file_id ?? '' }] })).ok).toBe(true);
    expect(sim.fileContents(file_id ?? '')?.toString()).toBe('abc');
  });

  it('files.delete leaves a tombstone where the file was shared; deleting again answers file_deleted', async () => {
    const channel = (await client.conversations.create({ name: 'inc-delete', is_private: true })).channel?.id ?? '';
    const { file_id } = await client.files.getUploadURLExternal({ filename: 'summary.md', length: 3 });
    const id = file_id ?? '';
    await fetch(`${sim.url}/upload/${id}`, { method: 'POST', body: 'abc' });
    await client.files.completeUploadExternal({ files: [{ id }], channel_id: channel });
    expect((await client.files.delete({ file: id })).ok).toBe(true);
    const history = await client.conversations.history({ channel });
    expect(history.messages?.[0]?.files).toEqual([{ id, mode: 'tombstone' }]);
    expect(sim.fileContents(id)).toBeUndefined();
    expect(await slackError(client.files.delete({ file: id }))).toBe('file_deleted');
    expect(await slackError(client.files.delete({ file: 'F0NOSUCHFILE' }))).toBe('file_not_found');
  });

  it('a share that reaches Slack after files.delete shares nothing (file_not_found)', async () => {
    const channel = (await client.conversations.create({ name: 'inc-late-share', is_private: true })).channel?.id ?? '';
    const { file_id } = await client.files.getUploadURLExternal({ filename: 'summary.md', length: 3 });
    const id = file_id ?? '';
    await fetch(`${sim.url}/upload/${id}`, { method: 'POST', body: 'abc' });
    // Never completed: the upload can still be deleted, and a later complete of it is refused.
    expect((await client.files.delete({ file: id })).ok).toBe(true);
    expect(await slackError(client.files.completeUploadExternal({ files: [{ id }], channel_id: channel }))).toBe(
      'file_not_found',
    );
    expect(sim.messages(channel).filter((m) => m.files?.length)).toHaveLength(0);
  });
});

describe('response_url and waiting', () => {
  it('records JSON POSTs on response URLs; waitForResponse resolves when one arrives', async () => {
    const waiting = sim.waitForResponse('cmd-1', (r) => r.body.response_type === 'ephemeral');
    await fetch(sim.responseUrl('cmd-1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Opened', response_type: 'ephemeral' }),
    });
    const post = await waiting;
    expect(post.body).toEqual({ text: 'Opened', response_type: 'ephemeral' });
    expect(sim.responses('cmd-1')).toHaveLength(1);

    sim.failNextResponse(404);
    const expired = await fetch(sim.responseUrl('cmd-2'), { method: 'POST', body: '{}' });
    expect(expired.status).toBe(404);
  });

  it('waitForCall is event-driven, honours `since`, and times out with what was seen', async () => {
    await client.auth.test();
    const mark = sim.mark();
    const pending = sim.waitForCall('auth.test', undefined, { since: mark, timeoutMs: 2000 });
    await client.auth.test();
    expect((await pending).seq).toBeGreaterThan(mark);
    await expect(sim.waitForCall('chat.postMessage', undefined, 50)).rejects.toThrow(
      /Timed out after 50 ms.*auth.test/,
    );
    expect(await sim.waitForCalls('auth.test', 2)).toHaveLength(2);
  });
});
