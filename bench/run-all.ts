import { runAckUnderLoadBench } from './ack-under-load.bench';
import { selectBenches } from './bench-selection';
import { runDeadlinesBench } from './deadlines.bench';
import { runDeclareBench } from './declare.bench';
import { runHomeBench } from './home.bench';
import { runRegisterBench } from './register.bench';
import { runRemindersBench } from './reminders.bench';
import { runRequestGuardBench } from './request-guard.bench';
import { runSlackBench } from './slack.bench';
import { runSummaryBench } from './summary.bench';

/**
 * `npm run bench`: every benchmark in turn (`npm run bench -- <name> …`: the named ones), one JSON object of
 * figures each. Needs Redis on 127.0.0.1:6379 (as the tests do); Slack is the local simulator, so the figures
 * exclude Slack's own latency.
 */
const BENCHES: [string, () => Promise<Record<string, number | string>>][] = [
  ['deadlines', runDeadlinesBench],
  ['slack', runSlackBench],
  ['register', runRegisterBench],
  ['request-guard', runRequestGuardBench],
  ['reminders', runRemindersBench],
  ['summary', runSummaryBench],
  ['home', runHomeBench],
  ['ack-under-load', runAckUnderLoadBench],
  ['declare', runDeclareBench],
];

async function main(): Promise<void> {
  const selection = selectBenches(BENCHES, process.argv.slice(2));
  if (!selection.ok) {
    console.error(selection.error);
    process.exit(2);
  }
  for (const [name, run] of selection.chosen) {
    const started = Date.now();
    const figures = await run();
    console.log(JSON.stringify({ bench: name, seconds: Math.round((Date.now() - started) / 100) / 10, ...figures }));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
