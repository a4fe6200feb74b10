// Mocha's spec output, then the one closing line CI reads: "N passed, N failed[, N skipped]".
const Mocha = require("mocha");

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once("end", () => {
      const { passes, failures, pending } = runner.stats;
      const skipped = pending ? `, ${pending} skipped` : "";
      console.log(`${passes} passed, ${failures} failed${skipped}`);
    });
  }
}

module.exports = SummaryReporter;
