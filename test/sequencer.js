/**
 * Jest runs the longest test files first so the workers finish together: it knows their durations
 * from its cache (the last run here). A clean checkout, as CI always is, has no cache, and Jest falls
 * back to file size, which says nothing here (a *.test.ts file only requires its *.cases.ts files):
 * the long, sleep-heavy files then came last and the run took ~2 s longer. Without a cached duration,
 * these go first, in this order (longest first, measured on 2 cores); any other file after them.
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
    const sorted = super.sort(tests); // sets each test's cached duration, if any
    if (sorted.every((test) => test.duration != null)) return sorted;
    // Stable: files with the same rank keep Jest's order (by size).
    return sorted.map((test, i) => ({ test, i })).sort((a, b) => rank(a.test.path) - rank(b.test.path) || a.i - b.i).map(({ test }) => test);
  }
};
