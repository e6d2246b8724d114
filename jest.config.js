/**
 * Two projects, one run (one closing totals line from the plain-summary reporter):
 * - `unit`: pure tests (no Redis, no HTTP server, no child process), in parallel workers. `npm run test:unit`.
 * - `integration`: Redis, the Slack simulator, Bolt over HTTP, spawned processes; one file at a time
 *   (test/serial-runner.js), as `--runInBand` did. Every test file not listed as unit lands here, so a new
 *   test is serial until someone decides it is pure.
 * ts-jest only transpiles (tsconfig has isolatedModules); `npm test` type-checks the whole tree with `tsc`
 * first, and builds dist/ (`tsc -b`) for the tests that spawn the compiled bot and CLI.
 */
const UNIT = [
  '/test/unit/.*\\.test\\.ts$',
  '/test/regulations/(?!cli\\.test\\.ts$).*\\.test\\.ts$', // cli.test.ts spawns the compiled CLI
  '/test/reminders/(env|obligations|reminder-plan)\\.test\\.ts$',
];

const shared = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/plain-summary-reporter.js'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testRegex: UNIT,
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...UNIT],
      runner: '<rootDir>/test/serial-runner.js',
    },
  ],
};
