/**
 * ts-jest only transpiles (tsconfig has isolatedModules); `npm test` type-checks the whole tree first with
 * `tsc --noEmit`, so a type error still fails the run, once, instead of once per test file.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
};
