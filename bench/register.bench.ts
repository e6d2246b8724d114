import { Redis } from 'ioredis';
import { bootTestBot, capturingLog, deletePrefix } from '../test/integration/test-bot';
import { mrCooperFactsCommand } from '../test/support/mr-cooper';
import { GENERAL_CHANNEL_ID, startSlackSimulator } from '../test/support/slack-simulator';
import { percentile } from './percentile';

/**
 * Issue 11: `/incident facts` with the Mr. Cooper facts (54 jurisdictions, about 130 obligations) against the
 * local simulator: from the signed request to the pinned register updated in place (stored, reminders
 * scheduled, facts post, register), and the Web API calls one such facts change makes.
 */
export async function runRegisterBench(): Promise<Record<string, number>> {
  const prefix = `bench-register-${process.pid}-${Date.now()}`;
  const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  const sim = await startSlackSimulator();
  const { bot, slack } = await bootTestBot(sim, redis, prefix, { REMINDER_WORKER: 'off' }, capturingLog());
  try {
    const factsMs: number[] = [];
    const calls: number[] = [];
    const refused: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const open = await slack.slashCommand({
        text: `open Register benchmark ${i} --severity sev1 --discovered 2023-11-01T22:00:00Z`,
        user_id: 'UALICE',
        channel_id: GENERAL_CHANNEL_ID,
      });
      const opened = await sim.waitForResponse(open.responseUrlId);
      await bot.inFlight.drain(10_000);
      const channel = /<#(\w+)>/.exec(String(opened.body.text))?.[1] ?? '';
      const since = sim.mark();
      const started = Date.now();
      await slack.slashCommand({ text: mrCooperFactsCommand, user_id: 'UALICE', channel_id: channel });
      const updated = await sim.waitForCall(
        'chat.update',
        (c) => c.args.channel === channel && JSON.stringify(c.args.blocks ?? '').includes('register-header'),
        { since, timeoutMs: 20_000 },
      );
      factsMs.push(updated.at - started);
      await bot.inFlight.drain(20_000);
      const made = sim.calls().filter((c) => c.seq > since);
      calls.push(made.length);
      refused.push(made.filter((c) => c.response.ok === false).length);
    }
    return {
      facts_to_register_p50_ms: percentile(factsMs, 50),
      facts_to_register_p99_ms: percentile(factsMs, 99),
      web_api_calls_per_facts: percentile(calls, 50),
      refused_calls: refused.reduce((a, b) => a + b, 0),
    };
  } finally {
    await bot.stop();
    await sim.stop();
    await deletePrefix(redis, prefix);
    await redis.quit();
  }
}

if (require.main === module) {
  runRegisterBench().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
