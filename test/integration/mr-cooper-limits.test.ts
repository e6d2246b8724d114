import { expectDrained } from '../support/expect-drained';
import { mrCooperFactsCommand } from '../support/mr-cooper';
import {
  type ApiCall,
  BLOCK_LIMITS,
  blocksTextLength,
  checkBlocks,
  GENERAL_CHANNEL_ID,
} from '../support/slack-simulator';
import { capturingLog, runCommand, useTestBot } from './test-bot';

/**
 * Issue 11's motivating case through the real app (Bolt's HTTP receiver, signed requests, real Redis) against
 * a simulator that refuses what Slack refuses: the Mr. Cooper breach (examples/mr-cooper.json, every one of its
 * 54 jurisdictions) typed into `/incident facts`. Every Slack call must be accepted, the channel must get the
 * facts post, `/incident deadlines` must fit, and nobody may be told "nothing more was done".
 */
const log = capturingLog();
const { sim, t } = useTestBot({ name: 'test-mr-cooper', env: { REMINDER_WORKER: 'off' }, log });
let channelId = '';

/** The facts as a person would type them: data types, entity types, all 54 jurisdictions' counts, judgments. */

/** Runs `/incident <text>` as alice in `channel` and waits until the act is over; returns its response_url id. */
const command = (text: string, channel: string) => runCommand(t, { text, user_id: 'UALICE', channel_id: channel });

const refused = () => sim.calls().filter((c) => c.response.ok === false);
const refusedResponses = () => sim.responses().filter((r) => r.status !== 200);
const toldNothingDone = () =>
  sim.responses().filter((r) => /nothing (more )?was done|Something went wrong/.test(String(r.body.text ?? '')));
const postsIn = (channel: string, since: number) =>
  sim.calls('chat.postMessage').filter((c) => c.args.channel === channel && c.seq > since);
const fits = (blocks: unknown) => expect(checkBlocks(blocks ?? [], 'message')).toEqual({ ok: true });

test('open, then the Mr. Cooper facts: stored, posted within the limits, every call accepted', async () => {
  const openId = await command('open Mortgage servicer breach --severity sev1', GENERAL_CHANNEL_ID);
  const opened = await sim.waitForResponse(openId);
  channelId = /<#(\w+)>/.exec(String(opened.body.text))?.[1] ?? '';
  expect(channelId).toMatch(/^C/);

  const since = sim.mark();
  expect(mrCooperFactsCommand.match(/US-[A-Z]{2}=/g)).toHaveLength(54);
  const factsId = await command(mrCooperFactsCommand, channelId);
  const posts = postsIn(channelId, since);
  const factsPost = posts.find((c: ApiCall) => JSON.stringify(c.args.blocks ?? '').includes('facts-changed'));
  expect(factsPost?.response.ok).toBe(true);
  fits(factsPost?.args.blocks);
  const blocks = factsPost?.args.blocks as unknown[];
  expect(blocks.length).toBeLessThanOrEqual(BLOCK_LIMITS.blocksPerMessage);
  expect(blocksTextLength(blocks)).toBeLessThanOrEqual(BLOCK_LIMITS.blocksText);
  const text = JSON.stringify(blocks);
  expect(text).toMatch(/Deadlines: \d{3} added/);
  expect(text).toMatch(/…and \d+ more changes/);
  expect(text).toContain('/incident deadlines');
  // The facts were stored (the act answered nothing: the channel post is the answer).
  expect(sim.responses(factsId)).toEqual([]);
  if (process.env.MR_COOPER_FIGURES) {
    const calls = sim.calls().filter((c) => c.seq > since);
    console.log(
      `facts post: ${blocks.length} blocks, ${blocksTextLength(blocks)} characters, ${/Deadlines: [^;]*/.exec(text)?.[0]}; ` +
        `Slack calls: ${calls.length} (${[...new Set(calls.map((c) => c.method))].join(', ')})`,
    );
  }
  expect(refused()).toEqual([]);
  expect(toldNothingDone()).toEqual([]);
});

test('/incident deadlines answers a compact grouped view that fits', async () => {
  const id = await command('deadlines', channelId);
  const reply = await sim.waitForResponse(id);
  expect(reply.status).toBe(200);
  fits(reply.body.blocks);
  const text = JSON.stringify(reply.body.blocks);
  expect(text).toMatch(/\d{3} open/);
  expect(text).toMatch(/Later \(\d+\)\*, by due day/);
  expect(text).toMatch(/\d+ regulator notices/);
  expect(String(reply.body.text).length).toBeLessThan(300);
  if (process.env.MR_COOPER_FIGURES) {
    const b = reply.body.blocks as unknown[];
    console.log(`deadlines reply: ${b.length} blocks, ${blocksTextLength(b)} characters`);
  }
  expect(refusedResponses()).toEqual([]);
});

test('/incident summary and /incident close on that incident pass the limits', async () => {
  const since = sim.mark();
  await command('summary', channelId);
  const summary = postsIn(channelId, since).find((c) =>
    JSON.stringify(c.args.blocks ?? '').includes('summary-overview'),
  );
  expect(summary?.response.ok).toBe(true);
  fits(summary?.args.blocks);
  expect(JSON.stringify(summary?.args.blocks)).toMatch(/…and \d+ more obligations/);

  const closeId = await command('close', channelId);
  const question = await sim.waitForResponse(closeId);
  expect(question.status).toBe(200);
  fits(question.body.blocks);
  const actions = (question.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find(
    (b) => b.type === 'actions',
  )?.elements;
  const confirm = actions?.find((a) => a.action_id === 'incident_close_confirm');
  expect(confirm).toBeDefined();
  const beforeClose = sim.mark();
  const click = await t.slack.blockAction({
    user_id: 'UALICE',
    channel_id: channelId,
    message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    is_ephemeral: true,
    actions: [{ action_id: confirm?.action_id ?? '', value: confirm?.value ?? '' }],
  });
  expect(click.status).toBe(200);
  await expectDrained(t.bot.inFlight, 20_000);
  const final = postsIn(channelId, beforeClose).find((c) =>
    JSON.stringify(c.args.blocks ?? '').includes('Final summary'),
  );
  expect(final?.response.ok).toBe(true);
  fits(final?.args.blocks);
  if (process.env.MR_COOPER_FIGURES) {
    for (const [name, b] of [
      ['summary', summary?.args.blocks],
      ['close question', question.body.blocks],
      ['final summary', final?.args.blocks],
    ] as const) {
      console.log(`${name}: ${(b as unknown[]).length} blocks, ${blocksTextLength(b)} characters`);
    }
  }
  expect(String((await sim.waitForResponse(click.responseUrlId)).body.text)).toContain('is closed');

  expect(refused()).toEqual([]);
  expect(refusedResponses()).toEqual([]);
  expect(toldNothingDone()).toEqual([]);
});

test('a post Slack refuses for its size goes out once more in the compact form, and nothing else is said', async () => {
  const openId = await command('open Third servicer breach --severity sev1', GENERAL_CHANNEL_ID);
  const channel = /<#(\w+)>/.exec(String((await sim.waitForResponse(openId)).body.text))?.[1] ?? '';
  sim.failNext('chat.postMessage', { error: 'msg_blocks_too_long' });
  const id = await command(mrCooperFactsCommand, channel);
  const tries = sim.calls('chat.postMessage').filter((c) => c.args.channel === channel && c.seq > 0);
  const last = tries[tries.length - 1];
  expect(last?.response.ok).toBe(true);
  expect(tries[tries.length - 2]?.response.error).toBe('msg_blocks_too_long');
  expect(blocksTextLength(last?.args.blocks)).toBeLessThanOrEqual(3000);
  if (process.env.MR_COOPER_FIGURES) {
    const b = last?.args.blocks as unknown[];
    console.log(`compact facts post: ${b.length} blocks, ${blocksTextLength(b)} characters`);
  }
  expect(JSON.stringify(last?.args.blocks)).toContain('/incident deadlines');
  expect(sim.responses(id)).toEqual([]);
  expect(log.lines.some((l) => l.includes('announce_failed'))).toBe(false);
});

test('when Slack still refuses the post, the person is told what was stored, not that nothing was done', async () => {
  const openId = await command('open Second servicer breach --severity sev1', GENERAL_CHANNEL_ID);
  const channel = /<#(\w+)>/.exec(String((await sim.waitForResponse(openId)).body.text))?.[1] ?? '';
  // Both the full and the compact form are refused (as an outage or an unexpected limit would).
  sim.failNext('chat.postMessage', { error: 'msg_blocks_too_long' }, 2);
  const id = await command(mrCooperFactsCommand, channel);
  const answer = await sim.waitForResponse(id);
  expect(String(answer.body.text)).toMatch(/The facts are stored on INC-[0-9A-Z-]+: deadlines \d{3} added/);
  expect(String(answer.body.text)).toContain('msg_blocks_too_long');
  expect(String(answer.body.text)).not.toMatch(/nothing (more )?was done/);
  const tried = sim.calls('chat.postMessage').filter((c) => c.args.channel === channel && !c.response.ok);
  expect(tried).toHaveLength(2);
  // The compact retry is shorter than the first try.
  expect(blocksTextLength(tried[1]?.args.blocks)).toBeLessThan(blocksTextLength(tried[0]?.args.blocks));
});
