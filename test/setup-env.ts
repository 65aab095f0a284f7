// The SDK warns once per process that its 2027 releases need Node 22; the stack runs Node 20 by
// decision (see README), and the warning drowns the test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
// Tests run graphql-js in the build the service runs (src/production-mode.ts), not the development one
// Jest's NODE_ENV=test would load.
process.env.NODE_ENV = "production";
// Node's default depth, as the service runs: Jest raises it to 100, which makes every Error the code
// under test creates (GraphQL errors, SDK failures) capture and source-map ten times the frames.
Error.stackTraceLimit = 10;
// Failures point at the TypeScript lines: tests run tsc's output, which carries source maps. Node reads
// a file's map only while this is on as it loads; test/setup-timeouts.ts turns it off while a test
// runs (the code under test formats stacks nobody reads) and maps a failure's stack when it settles.
process.setSourceMapsEnabled(true);
