/**
 * `npm test`'s jest, with the one V8 setting that pays for a test run on Node 20. A suite runs a great
 * deal of code that is hot for a moment and never again (a file's cases, one gateway's start-up);
 * at V8 11's default interrupt budget TurboFan compiled much of it, on background threads that took
 * about a quarter of the run's CPU. With a budget about ten times larger only code that stays hot
 * (the request path, graphql-js) is optimised: jest's CPU fell by about a seventh, interleaved runs in
 * the note. The flag is gone in V8 12+ (Node 22/24 tier up by invocation counts, through Maglev), so
 * it is set only where it exists, and before jest loads: worker threads share the process's flags.
 */
const v8 = require("node:v8");

if (Number(process.versions.v8.split(".")[0]) < 12) v8.setFlagsFromString("--interrupt-budget=600000");
require("jest/bin/jest");
