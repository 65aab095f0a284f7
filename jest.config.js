/**
 * Tests run the TypeScript sources transpiled only (test/transpile.js, with tsconfig.json's options,
 * decorator metadata included): `npm test` type-checks everything once with `tsc` before jest runs.
 */
const { availableParallelism } = require("node:os");

module.exports = {
  testEnvironment: "node",
  // Jest's default is one worker fewer than the cores: one worker on a 2-core machine. The long files
  // wait on timers, child processes and a browser as much as they compute, so they overlap well.
  maxWorkers: Math.max(3, availableParallelism()),
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": "<rootDir>/test/transpile.js",
    // jose is ESM-only; Node 20 requires it natively, Jest's module runtime does not (before Node 24.9),
    // so its files are transpiled to CommonJS for tests only.
    "node_modules/jose/.+\\.js$": "<rootDir>/test/esm-to-cjs.js",
  },
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  setupFiles: ["reflect-metadata", "<rootDir>/test/setup-env.ts"],
  testTimeout: 30000,
};
