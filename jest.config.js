/**
 * ts-jest only transpiles (tsconfig has isolatedModules); `npm test` first compiles the whole tree with
 * `tsc` into dist/ (type errors fail the run once, and the CLI and bot tests spawn the compiled build).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/plain-summary-reporter.js'],
};
