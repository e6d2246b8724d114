import { Redis } from 'ioredis';
import { bootTestBot, deletePrefix } from '../test/integration/test-bot';
import { sendOversizedBody } from '../test/support/oversized-body';
import { GENERAL_CHANNEL_ID, startSlackSimulator } from '../test/support/slack-simulator';
import { percentile } from './percentile';

const MB = 1024 * 1024;

/**
 * Issue 10, item 1: how fast an unsigned 64 MB body is refused (413) and how many bytes the client got out
 * before that, alone and four at once, with the process's memory growth; and what the request guard (body
 * read, signature, shape, replay marker in Redis) adds to a signed `help`'s acknowledgement.
 */
export async function runRequestGuardBench(): Promise<Record<string, number>> {
  const prefix = `bench-guard-${process.pid}-${Date.now()}`;
  const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  const sim = await startSlackSimulator();
  const { bot, slack, appUrl } = await bootTestBot(sim, redis, prefix, { REMINDER_WORKER: 'off' });
  try {
    const url = `${appUrl}/slack/events`;
    const single: number[] = [];
    const sentMb: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await sendOversizedBody(url, 64 * MB, false);
      if (r.status !== 413) throw new Error(`expected 413, got ${r.status}`);
      single.push(r.elapsedMs);
      sentMb.push(r.sent / MB);
    }
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const four = await Promise.all([1, 2, 3, 4].map(() => sendOversizedBody(url, 64 * MB, false)));
    const fourMs = performance.now() - started;
    const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / MB;
    const declared = await sendOversizedBody(url, 64 * MB, true);
    const helpMs: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const res = await slack.slashCommand({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
      helpMs.push(res.elapsedMs);
    }
    return {
      body_64mb_chunked_413_median_ms: percentile(single, 50),
      body_64mb_chunked_sent_before_413_max_mb: Math.max(...sentMb),
      body_64mb_declared_413_ms: Math.round(declared.elapsedMs * 10) / 10,
      body_64mb_x4_parallel_all_413_ms: Math.round(fourMs),
      body_64mb_x4_parallel_max_sent_mb: Math.max(...four.map((r) => r.sent / MB)),
      body_64mb_x4_rss_growth_mb: Math.round(rssGrowthMb),
      help_ack_with_guard_p50_ms: percentile(helpMs, 50),
      help_ack_with_guard_p99_ms: percentile(helpMs, 99),
    };
  } finally {
    await bot.stop();
    await sim.stop();
    await deletePrefix(redis, prefix);
    await redis.quit();
  }
}
