/**
 * Jest's own runner, made serial: jest runs the tests of a runner with `isSerial` in band (one at a time, in
 * the main process), as `--runInBand` does, while the other projects keep their parallel workers. Jest has no
 * per-project maxWorkers (jestjs/jest#10936); the runner is per project, and jest runs one runner's tests
 * after the other's, so the integration tests never overlap each other or the unit tests.
 */
const TestRunner = require('jest-runner').default;

class SerialRunner extends TestRunner {
  constructor(...args) {
    super(...args);
    this.isSerial = true;
  }
}

module.exports = SerialRunner;
