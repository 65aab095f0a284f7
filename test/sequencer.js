/**
 * The long test files first, in this order (longest first, measured on 2 cores), so the workers
 * finish together; any other file after them, in Jest's order (its cached duration, else file size).
 * Jest's own order uses the durations of the last run that included each file, so a run of one file
 * with -t (a fraction of a second) sent that file to the end of the next full run and stretched it by
 * several seconds; a clean checkout, as CI always is, has no durations at all and fell back to file
 * size, which says nothing here (a *.test.ts file only requires its *.cases.ts files).
 */
const Sequencer = require("@jest/test-sequencer").default;

const LONGEST_FIRST = [
  "e2e/services",
  "sandbox/sandbox",
  "browser/graphiql",
  "e2e/deployment",
  "e2e/secrets-never-echoed",
  "e2e/requests",
  "e2e/clients",
  "e2e/ledger",
  "e2e/shutdown",
  "e2e/npm-start",
];

const rank = (path) => {
  const i = LONGEST_FIRST.findIndex((name) => path.includes(`/test/${name}.test.`));
  return i === -1 ? LONGEST_FIRST.length : i;
};

module.exports = class extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    // Stable: files with the same rank (those not listed) keep Jest's order.
    return sorted.map((test, i) => ({ test, i })).sort((a, b) => rank(a.test.path) - rank(b.test.path) || a.i - b.i).map(({ test }) => test);
  }
};
