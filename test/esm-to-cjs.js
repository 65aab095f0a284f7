/**
 * Jest transform for ESM-only dependencies (jose): plain ESM -> CommonJS with TypeScript's
 * transpiler. Class fields stay native (useDefineForClassFields), as the library's code expects.
 */
const ts = require("typescript");

module.exports = {
  process(sourceText, sourcePath) {
    const { outputText, sourceMapText } = ts.transpileModule(sourceText, {
      fileName: sourcePath,
      compilerOptions: { allowJs: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, useDefineForClassFields: true, sourceMap: true },
    });
    return { code: outputText, map: sourceMapText };
  },
};
