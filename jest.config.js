/**
 * Tests run what `npm test` has just compiled with `tsc` (which type-checks once): dist/test, with the
 * service's own dist/src. jest-light-runner runs them in plain Node (no per-file module registry), in
 * worker threads that each load Apollo, type-graphql and the SDK once instead of once per file; a
 * file still gets a fresh jest-circus state. By hand: `npm run build`, then `node test/run-jest.js <pattern>`.
 */
const { availableParallelism } = require("node:os");

module.exports = {
  // Jest's default is one worker fewer than the cores: one worker on a 2-core machine. The long files
  // wait on timers, child processes and a browser as much as they compute, so they overlap well.
  maxWorkers: Math.max(3, availableParallelism()),
  // Worker threads. Its child-process mode has a start-up race: the workers ask the parent for their
  // settings over one shared channel, and a worker whose request crossed another's could wait forever
  // (a run hung that way with 12 of 13 files done). Nothing under test listens for signals, changes
  // directory or exits the process, which a thread could not do.
  runner: "jest-light-runner",
  roots: ["<rootDir>/dist/test"],
  // The long files first, in a fixed order (a clean checkout has no cached durations): test/sequencer.js.
  testSequencer: "<rootDir>/test/sequencer.js",
  testMatch: ["**/*.test.js"],
  transform: {},
  setupFiles: ["reflect-metadata", "<rootDir>/dist/test/setup-env.js"],
  // The runner has no timeouts of its own (test/setup-timeouts.ts).
  setupFilesAfterEnv: ["<rootDir>/dist/test/setup-timeouts.js"],
};
