/**
 * Prints jest's totals as one plain line, `N passed, N failed, N skipped`, the closing line CI reads for any
 * runner; jest's own summary is kept (the default reporter runs too).
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(
      `\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`,
    );
  }
}
module.exports = PlainSummaryReporter;
