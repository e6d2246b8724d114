/**
 * The simulator checks OAuth scopes as Slack does: by default the bot token has exactly manifest.json's bot scopes,
 * and a method whose scope is missing answers `missing_scope` with what it needed, changing nothing.
 */
import { type Logger, LogLevel, type WebAPIPlatformError, WebClient } from '@slack/web-api';
import { GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { manifestBotScopes } from '../support/slack-simulator/scopes';

const started: SlackSimulator[] = [];
afterAll(async () => {
  for (const sim of started) await sim.stop();
});

/** The refusals are the point of these tests: the client is not to print them. */
const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

async function simulator(scopes?: string[]): Promise<{ sim: SlackSimulator; client: WebClient }> {
  const sim = await startSlackSimulator(scopes ? { scopes } : {});
  started.push(sim);
  const client = new WebClient(sim.botToken, {
    slackApiUrl: sim.apiUrl,
    retryConfig: { retries: 0 },
    logger: quiet,
  });
  return { sim, client };
}

async function failure(call: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await call;
  } catch (error) {
    return (error as WebAPIPlatformError).data as unknown as Record<string, unknown>;
  }
  throw new Error('expected the call to fail');
}

test("the default scopes are the manifest's, and every method the bot calls is allowed by them", async () => {
  const { client } = await simulator();
  expect(manifestBotScopes()).toEqual(expect.arrayContaining(['chat:write', 'groups:write', 'users:read']));
  await expect(client.users.info({ user: 'UALICE' })).resolves.toMatchObject({ ok: true });
  const created = await client.conversations.create({ name: 'inc-scopes', is_private: true });
  const channel = (created.channel as { id: string }).id;
  await expect(client.conversations.history({ channel })).resolves.toMatchObject({ ok: true });
  // files.delete of the bot's own file needs files:write, which the manifest asks for (the close deletes an
  // earlier copy of its summary file before it uploads a fresh one).
  const { file_id } = await client.files.getUploadURLExternal({ filename: 'a.md', length: 1 });
  await expect(client.files.delete({ file: file_id ?? '' })).resolves.toMatchObject({ ok: true });
});

test('a method whose scope is missing answers missing_scope with needed and provided, and does nothing', async () => {
  const { sim, client } = await simulator(['chat:write', 'groups:write']);
  expect(await failure(client.users.info({ user: 'UALICE' }))).toMatchObject({
    ok: false,
    error: 'missing_scope',
    needed: 'users:read',
    provided: 'chat:write,groups:write',
  });
  // A public channel needs channels:manage, not groups:write: nothing is created.
  expect(await failure(client.conversations.create({ name: 'public-one' }))).toMatchObject({
    error: 'missing_scope',
    needed: 'channels:manage',
  });
  expect([...sim.state.channels.values()].some((c) => c.name === 'public-one')).toBe(false);
  // Reading a public channel's history needs channels:history; a private one's, groups:history.
  expect(await failure(client.conversations.history({ channel: GENERAL_CHANNEL_ID }))).toMatchObject({
    needed: 'channels:history',
  });
  // Methods with no scope (views.*) are not checked.
  expect(
    await failure(
      client.views.open({
        trigger_id: '',
        view: { type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks: [] },
      }),
    ),
  ).toMatchObject({
    error: 'invalid_arguments',
  });
});
