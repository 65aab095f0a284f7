/**
 * Jest transform for the project's TypeScript. `npm test` has just compiled everything with `tsc`
 * (which type-checks), so a file whose dist/ output is at least as new as the source is served from
 * there, with its source map; otherwise (jest run by hand after an edit) it is transpiled here with
 * tsconfig.json's options, decorator metadata included. TypeScript itself loads only then: loading
 * and transpiling cost ~0.4 s per worker plus ~20 ms per file on a cold cache.
 */
const { createHash } = require("node:crypto");
const { readFileSync, statSync } = require("node:fs");
const { join, relative } = require("node:path");

const root = join(__dirname, "..");
const OVERRIDES = { sourceMap: false, inlineSourceMap: true, inlineSources: true, declaration: false, noEmit: false };
const optionsKey = createHash("sha256")
  .update(require("typescript/package.json").version)
  .update(readFileSync(join(root, "tsconfig.json")))
  .update(JSON.stringify(OVERRIDES))
  .digest("hex");

let compile;
function compiler() {
  if (compile) return compile;
  const ts = require("typescript");
  const onUnRecoverableConfigFileDiagnostic = (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  };
  const tsconfig = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic });
  const compilerOptions = { ...tsconfig.options, ...OVERRIDES };
  compile = (sourceText, fileName) => ts.transpileModule(sourceText, { fileName, compilerOptions }).outputText;
  return compile;
}

/** tsc's output for the file and its source map (sources pointing at the file), when it is up to date. */
function built(sourcePath) {
  const output = join(root, "dist", relative(root, sourcePath)).replace(/\.ts$/, ".js");
  try {
    if (statSync(output).mtimeMs < statSync(sourcePath).mtimeMs) return undefined;
    const map = JSON.parse(readFileSync(`${output}.map`, "utf8"));
    const code = readFileSync(output, "utf8").replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
    return { code, map: { ...map, sourceRoot: "", sources: [sourcePath] } };
  } catch {
    return undefined;
  }
}

module.exports = {
  getCacheKey(sourceText, sourcePath) {
    return createHash("sha256").update(optionsKey).update("\0").update(sourcePath).update("\0").update(sourceText).digest("hex");
  },
  process(sourceText, sourcePath) {
    return built(sourcePath) ?? { code: compiler()(sourceText, sourcePath) };
  },
};
