/**
 * The simulator refuses what real Slack refuses: each Block Kit limit, at the limit (accepted) and one over
 * (refused with Slack's error and `[ERROR] … [json-pointer:…]` messages), on every surface a bot posts to.
 */
import { LogLevel, type WebAPIPlatformError, WebClient } from '@slack/web-api';
import { BLOCK_LIMITS, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';

let sim: SlackSimulator;
let client: WebClient;
let channel: string;

beforeAll(async () => {
  sim = await startSlackSimulator();
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.reset();
  client = new WebClient(sim.botToken, {
    slackApiUrl: sim.apiUrl,
    retryConfig: { retries: 0 },
    // The refusals are the point of these tests; the client's own error lines would only repeat them.
    logger: quietLogger,
  });
  channel = sim.seedChannel({ name: 'limits', members: ['UBOT', 'UALICE'] }).id;
});

const quietLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

type Data = { error?: string; errors?: string[]; response_metadata?: { messages?: string[] } };

/** What Slack answered to chat.postMessage with these blocks: 'ok', or its error data. */
async function post(blocks: unknown[], text = 'fallback'): Promise<'ok' | Data> {
  try {
    await client.chat.postMessage({ channel, text, blocks: blocks as never });
    return 'ok';
  } catch (error) {
    return (error as WebAPIPlatformError).data as Data;
  }
}

const x = (n: number) => 'x'.repeat(n);
const section = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'section',
  text: { type: 'mrkdwn', text },
  ...extra,
});
const button = (text: string, value = 'v', i = 0) => ({
  type: 'button',
  action_id: `a${i}`,
  text: { type: 'plain_text', text },
  value,
});
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

/** Each per-block limit: the blocks at the limit, the blocks just over it, and the pointer Slack names. */
const PER_BLOCK: { name: string; at: unknown[]; over: unknown[]; message: string }[] = [
  {
    name: '50 blocks per message',
    at: many(50, () => ({ type: 'divider' })),
    over: many(51, () => ({ type: 'divider' })),
    message: '[ERROR] no more than 50 items allowed [json-pointer:/blocks]',
  },
  {
    name: 'section text 3,000 characters',
    at: [section(x(3000))],
    over: [section(x(3001))],
    message: '[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]',
  },
  {
    name: 'section field 2,000 characters',
    at: [{ type: 'section', fields: [{ type: 'mrkdwn', text: x(2000) }] }],
    over: [
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: 'a' },
          { type: 'mrkdwn', text: x(2001) },
        ],
      },
    ],
    message: '[ERROR] must be less than 2001 characters [json-pointer:/blocks/0/fields/1/text]',
  },
  {
    name: '10 section fields',
    at: [{ type: 'section', fields: many(10, () => ({ type: 'mrkdwn', text: 'f' })) }],
    over: [{ type: 'section', fields: many(11, () => ({ type: 'mrkdwn', text: 'f' })) }],
    message: '[ERROR] no more than 10 items allowed [json-pointer:/blocks/0/fields]',
  },
  {
    name: 'header text 150 characters',
    at: [{ type: 'header', text: { type: 'plain_text', text: x(150) } }],
    over: [{ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: x(151) } }],
    message: '[ERROR] must be less than 151 characters [json-pointer:/blocks/1/text/text]',
  },
  {
    name: '10 context elements',
    at: [{ type: 'context', elements: many(10, () => ({ type: 'mrkdwn', text: 'c' })) }],
    over: [{ type: 'context', elements: many(11, () => ({ type: 'mrkdwn', text: 'c' })) }],
    message: '[ERROR] no more than 10 items allowed [json-pointer:/blocks/0/elements]',
  },
  {
    name: 'button text 75 characters',
    at: [{ type: 'actions', elements: [button(x(75))] }],
    over: [{ type: 'actions', elements: [button(x(76))] }],
    message: '[ERROR] must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]',
  },
  {
    name: 'button value 2,000 characters (an accessory too)',
    at: [section('s', { accessory: button('b', x(2000)) })],
    over: [section('s', { accessory: button('b', x(2001)) })],
    message: '[ERROR] must be less than 2001 characters [json-pointer:/blocks/0/accessory/value]',
  },
  {
    name: '25 actions elements',
    at: [{ type: 'actions', elements: many(25, (i) => button('b', 'v', i)) }],
    over: [{ type: 'actions', elements: many(26, (i) => button('b', 'v', i)) }],
    message: '[ERROR] no more than 25 items allowed [json-pointer:/blocks/0/elements]',
  },
  {
    name: 'block_id 255 characters',
    at: [section('s', { block_id: x(255) })],
    over: [section('s', { block_id: x(256) })],
    message: '[ERROR] must be less than 256 characters [json-pointer:/blocks/0/block_id]',
  },
  {
    name: 'block_id unique within a message',
    at: [section('s', { block_id: 'one' }), section('s', { block_id: 'two' })],
    over: [section('s', { block_id: 'one' }), section('s', { block_id: 'one' })],
    message: '[ERROR] duplicate block_id: one [json-pointer:/blocks/1/block_id]',
  },
];

describe('per-block limits: invalid_blocks with Slack’s messages', () => {
  test.each(PER_BLOCK)('$name', async ({ at, over, message }) => {
    expect(await post(at)).toBe('ok');
    const refused = await post(over);
    expect(refused).toMatchObject({ error: 'invalid_blocks', errors: [message.replace('[ERROR] ', '')] });
    expect((refused as Data).response_metadata?.messages).toEqual([message]);
    // A refused post stores nothing.
    expect(sim.messages(channel)).toHaveLength(1);
  });
});

describe('across the message', () => {
  /** `n` characters of text spread over sections of at most 3,000. */
  const textBlocks = (n: number) => many(Math.ceil(n / 3000), (i) => section(x(Math.min(3000, n - i * 3000))));

  test('12,000 characters of text across the blocks are accepted; 12,001 answer msg_blocks_too_long', async () => {
    expect(BLOCK_LIMITS.blocksText).toBe(12_000);
    expect(await post(textBlocks(12_000))).toBe('ok');
    expect(await post(textBlocks(12_001))).toMatchObject({ ok: false, error: 'msg_blocks_too_long' });
  });

  test('text in fields, context, headers and buttons counts too', async () => {
    const blocks = [
      { type: 'header', text: { type: 'plain_text', text: x(100) } },
      { type: 'section', fields: many(5, () => ({ type: 'mrkdwn', text: x(2000) })) },
      { type: 'context', elements: [{ type: 'mrkdwn', text: x(1850) }] },
      { type: 'actions', elements: [button(x(50))] },
    ];
    expect(await post(blocks)).toBe('ok'); // 100 + 10,000 + 1,850 + 50 = 12,000
    (blocks[3] as { elements: unknown[] }).elements = [button(x(51))];
    expect(await post(blocks)).toMatchObject({ ok: false, error: 'msg_blocks_too_long' });
  });

  test('text of 40,000 characters is accepted; 40,001 answer msg_too_long', async () => {
    expect(await client.chat.postMessage({ channel, text: x(40_000) })).toMatchObject({ ok: true });
    await expect(client.chat.postMessage({ channel, text: x(40_001) })).rejects.toMatchObject({
      data: { error: 'msg_too_long' },
    });
  });
});

describe('every message surface', () => {
  const over = [section(x(3001))];
  const tooMuch = many(5, () => section(x(2500))); // 12,500 characters

  test('chat.update refuses as chat.postMessage does and keeps the message as it was', async () => {
    const posted = await client.chat.postMessage({ channel, text: 'one', blocks: [section('one')] as never });
    const ts = posted.ts ?? '';
    await expect(client.chat.update({ channel, ts, text: 'x', blocks: over as never })).rejects.toMatchObject({
      data: { error: 'invalid_blocks' },
    });
    await expect(client.chat.update({ channel, ts, text: 'x', blocks: tooMuch as never })).rejects.toMatchObject({
      data: { error: 'msg_blocks_too_long' },
    });
    expect(sim.message(channel, ts)?.text).toBe('one');
    await expect(
      client.chat.update({ channel, ts, text: 'two', blocks: [section(x(3000))] as never }),
    ).resolves.toMatchObject({ ok: true });
  });

  test('chat.postEphemeral refuses as chat.postMessage does', async () => {
    const ephemeral = (blocks: unknown[]) =>
      client.chat.postEphemeral({ channel, user: 'UALICE', text: 'x', blocks: blocks as never });
    await expect(ephemeral(over)).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    await expect(ephemeral(tooMuch)).rejects.toMatchObject({ data: { error: 'msg_blocks_too_long' } });
    await expect(ephemeral([section(x(3000))])).resolves.toMatchObject({ ok: true });
    expect(sim.ephemerals(channel)).toHaveLength(1);
  });

  test('a response_url answers 400 with the error as plain text, and records the refusal', async () => {
    const respond = (body: Record<string, unknown>) =>
      fetch(sim.responseUrl('cmd'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', ...body }),
      });
    const refusedBlocks = await respond({ text: 'x', blocks: over });
    expect(refusedBlocks.status).toBe(400);
    expect(await refusedBlocks.text()).toBe('invalid_blocks');
    expect((await respond({ text: 'x', blocks: tooMuch })).status).toBe(400);
    const longText = await respond({ text: x(40_001) });
    expect([longText.status, await longText.text()]).toEqual([400, 'msg_too_long']);
    expect((await respond({ text: x(40_000) })).status).toBe(200);
    expect((await respond({ text: 'x', blocks: [section(x(3000))] })).status).toBe(200);
    expect(sim.responses('cmd').map((r) => [r.status, r.error])).toEqual([
      [400, 'invalid_blocks'],
      [400, 'msg_blocks_too_long'],
      [400, 'msg_too_long'],
      [200, undefined],
      [200, undefined],
    ]);
  });
});

describe('views', () => {
  const view = (blocks: unknown[]) => ({
    type: 'modal' as const,
    title: { type: 'plain_text' as const, text: 'Register' },
    blocks: blocks as never,
  });
  const dividers = (n: number) => many(n, () => ({ type: 'divider' }));

  test('views.open needs a trigger_id', async () => {
    await expect(client.views.open({ view: view([]) } as never)).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: { messages: ['[ERROR] missing required field: trigger_id'] },
      },
    });
  });

  test('views.open, views.update and views.publish take 100 blocks and refuse 101', async () => {
    const opened = await client.views.open({ trigger_id: '1.2.abc', view: view(dividers(100)) });
    const viewId = opened.view?.id ?? '';
    await expect(client.views.open({ trigger_id: '1.2.abc', view: view(dividers(101)) })).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: { messages: ['[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]'] },
      },
    });
    await expect(client.views.update({ view_id: viewId, view: view(dividers(100)) })).resolves.toMatchObject({
      ok: true,
    });
    await expect(client.views.update({ view_id: viewId, view: view(dividers(101)) })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
    const home = (n: number) => ({ type: 'home' as const, blocks: dividers(n) as never });
    await expect(client.views.publish({ user_id: 'UALICE', view: home(100) })).resolves.toMatchObject({ ok: true });
    await expect(client.views.publish({ user_id: 'UALICE', view: home(101) })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
  });

  test('the per-block limits hold in a view too', async () => {
    await expect(client.views.open({ trigger_id: '1.2.abc', view: view([section(x(3001))]) })).rejects.toMatchObject({
      data: {
        response_metadata: {
          messages: ['[ERROR] must be less than 3001 characters [json-pointer:/view/blocks/0/text/text]'],
        },
      },
    });
  });

  test('input blocks: 100 options of 75 characters, 10 radio buttons, a label of 2,000, text inputs of 3,000', async () => {
    const opt = (i: number, text = `option ${i}`) => ({ text: { type: 'plain_text', text }, value: `v${i}` });
    const select = (options: unknown[], extra: Record<string, unknown> = {}) => ({
      type: 'input',
      label: { type: 'plain_text', text: 'Pick' },
      element: { type: 'multi_static_select', action_id: 'a', options, ...extra },
    });
    const radio = (n: number) => ({
      type: 'input',
      label: { type: 'plain_text', text: x(2000) },
      element: { type: 'radio_buttons', action_id: 'a', options: many(n, (i) => opt(i)) },
    });
    const text = (max: number, initial: string) => ({
      type: 'input',
      label: { type: 'plain_text', text: 'Lines' },
      element: { type: 'plain_text_input', action_id: 'a', multiline: true, max_length: max, initial_value: initial },
    });
    const good = [
      select(
        many(100, (i) => opt(i, x(75))),
        { initial_options: [opt(3, x(75))] },
      ),
      radio(10),
      text(3000, x(3000)),
    ];
    await expect(client.views.open({ trigger_id: '1.2.abc', view: view(good) })).resolves.toMatchObject({ ok: true });
    const refusedWith = async (blocks: unknown[]) =>
      client.views.open({ trigger_id: '1.2.abc', view: view(blocks) }).then(
        () => [],
        (e: { data: { response_metadata: { messages: string[] } } }) => e.data.response_metadata.messages,
      );
    expect(await refusedWith([select(many(101, (i) => opt(i)))])).toEqual([
      '[ERROR] no more than 100 items allowed [json-pointer:/view/blocks/0/element/options]',
    ]);
    expect(await refusedWith([select([opt(0, x(76))])])).toEqual([
      '[ERROR] must be less than 76 characters [json-pointer:/view/blocks/0/element/options/0/text/text]',
    ]);
    expect(await refusedWith([select([opt(0)], { initial_options: [opt(9)] })])).toEqual([
      '[ERROR] must match one of the provided options [json-pointer:/view/blocks/0/element/initial_options]',
    ]);
    expect(await refusedWith([radio(11)])).toEqual([
      '[ERROR] no more than 10 items allowed [json-pointer:/view/blocks/0/element/options]',
    ]);
    expect(await refusedWith([text(3000, x(3001))])).toEqual([
      '[ERROR] must be less than 3001 characters [json-pointer:/view/blocks/0/element/initial_value]',
    ]);
    const titled = { ...view([]), title: { type: 'plain_text' as const, text: x(25) } };
    await expect(client.views.open({ trigger_id: '1.2.abc', view: titled })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
  });
});
