/**
 * graphql-codegen's programmatic generate() in a child process, for test/e2e/typed-clients.cases.ts:
 * `node test/helpers/codegen.js <cwd> <json>`, where <json> maps names to codegen configs. Runs each
 * config with its paths relative to <cwd>, writes nothing, and prints, as JSON, for each name either
 * `{ files: [{ filename, content }] }` or `{ error }` (so a failing config fails only its own tests).
 *
 * A child process because @graphql-codegen/cli requires ESM-only packages (yargs, chalk, log-symbols),
 * which Node 20.19+ requires natively but Jest's module runtime does not (before Node 24.9); one child
 * for every config because loading the CLI costs about a second of CPU.
 */
const { generate } = require("@graphql-codegen/cli");

/** Listr wraps the per-output errors (a document that does not fit the schema, an unmapped scalar). */
function describe(error) {
  const inner = (error && error.errors) || [];
  return inner.length > 0 ? inner.map((e) => String((e && e.message) || e)).join("\n") : String((error && error.stack) || error);
}

async function main() {
  const [cwd, json] = process.argv.slice(2);
  if (!cwd || !json) throw new Error("usage: node test/helpers/codegen.js <cwd> <json of { name: config }>");
  const results = await Promise.all(
    Object.entries(JSON.parse(json)).map(async ([name, config]) => {
      try {
        const files = await generate({ ...config, cwd, silent: true }, false);
        return [name, { files: files.map(({ filename, content }) => ({ filename, content })) }];
      } catch (error) {
        return [name, { error: describe(error) }];
      }
    }),
  );
  // Exit once stdout is flushed: the URL loader's keep-alive sockets would hold the process open.
  process.stdout.write(JSON.stringify(Object.fromEntries(results)), () => process.exit(0));
}

main().catch((error) => {
  process.stderr.write(`${describe(error)}\n`);
  process.exit(1);
});
