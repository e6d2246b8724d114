import type { InFlight } from '../../src/runtime/in-flight';

/**
 * Waits for the work the bot does after acknowledging Slack, and fails the test if any is still running when
 * the time is up: an assertion that something did not happen means nothing while the work is unfinished.
 */
export async function expectDrained(inFlight: InFlight, timeoutMs = 10_000): Promise<void> {
  if (await inFlight.drain(timeoutMs)) return;
  throw new Error(`${inFlight.size} acknowledged task(s) still running after ${timeoutMs} ms`);
}
