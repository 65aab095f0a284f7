/**
 * Jest transform for the project's TypeScript: transpile only, with the compiler options of
 * tsconfig.json (decorators and their `design:*` metadata included). Type-checking is the `tsc` step
 * of `npm test`; doing it again per test file (ts-jest's language service) cost seconds per file.
 */
const ts = require("typescript");
const { createHash } = require("node:crypto");
const { join } = require("node:path");

const root = join(__dirname, "..");
const tsconfig = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n")); } });
const compilerOptions = { ...tsconfig.options, sourceMap: false, inlineSourceMap: true, inlineSources: true, declaration: false, noEmit: false };
const optionsKey = createHash("sha256").update(ts.version).update(JSON.stringify(compilerOptions)).digest("hex");

module.exports = {
  getCacheKey(sourceText, sourcePath) {
    return createHash("sha256").update(optionsKey).update("\0").update(sourcePath).update("\0").update(sourceText).digest("hex");
  },
  process(sourceText, sourcePath) {
    const { outputText } = ts.transpileModule(sourceText, { fileName: sourcePath, compilerOptions });
    return { code: outputText };
  },
};
