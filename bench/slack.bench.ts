import { Redis } from 'ioredis';
import { bootTestBot, deletePrefix } from '../test/integration/test-bot';
import { GENERAL_CHANNEL_ID, startSlackSimulator } from '../test/support/slack-simulator';
import { percentile } from './percentile';

/**
 * The Slack path of issue 2, against the local Web API simulator (so Slack's own latency is not in it):
 * time from sending a signed `/incident open` to the checklist being posted, the ack time of `help`, and
 * how many Web API calls one `open` makes.
 */
export async function runSlackBench(): Promise<Record<string, number>> {
  const prefix = `bench-slack-${process.pid}-${Date.now()}`;
  const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  const sim = await startSlackSimulator();
  sim.seedUserGroup('SSECOPS', ['UBOB', 'UCAROL']);
  const { bot, slack } = await bootTestBot(sim, redis, prefix, {
    INCIDENT_RESPONDERS: 'SSECOPS',
    REMINDER_WORKER: 'off',
  });
  try {
    const openMs: number[] = [];
    const callsPerOpen: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const since = sim.mark();
      const started = Date.now();
      const res = await slack.slashCommand({
        text: `open Benchmark incident ${i} --severity sev1`,
        user_id: 'UALICE',
        channel_id: GENERAL_CHANNEL_ID,
      });
      const posted = await sim.waitForCall(
        'chat.postMessage',
        (c) => JSON.stringify(c.args.blocks ?? '').includes('checklist-progress'),
        { since, timeoutMs: 10_000 },
      );
      openMs.push(posted.at - started);
      await sim.waitForResponse(res.responseUrlId);
      await bot.inFlight.drain(10_000);
      callsPerOpen.push(sim.calls().filter((c) => c.seq > since).length);
    }
    const helpMs: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const res = await slack.slashCommand({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
      helpMs.push(res.elapsedMs);
    }
    return {
      open_to_checklist_median_ms: percentile(openMs, 50),
      open_to_checklist_max_ms: Math.max(...openMs),
      help_ack_p50_ms: percentile(helpMs, 50),
      help_ack_p99_ms: percentile(helpMs, 99),
      web_api_calls_per_open: percentile(callsPerOpen, 50),
    };
  } finally {
    await bot.stop();
    await sim.stop();
    await deletePrefix(redis, prefix);
    await redis.quit();
  }
}

if (require.main === module) {
  runSlackBench().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
