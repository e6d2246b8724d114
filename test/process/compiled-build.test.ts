import { statSync, utimesSync } from 'node:fs';
import { BUILD_INFO, compiled } from './compiled-build';

/** The process tests spawn dist/: a build older than its sources must be rebuilt before it is used. */
test('a build older than the sources is rebuilt before a process test uses it', () => {
  compiled('src/main.js');
  // As if the last build predates every source edit.
  utimesSync(BUILD_INFO, new Date(0), new Date(0));
  const started = Date.now();
  compiled('src/main.js');
  // Rebuilt (and its build info stamped) now, not left at the stale time.
  expect(statSync(BUILD_INFO).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
}, 120_000);
