import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The project's root, whether the code runs compiled (dist/src/...) or from source under ts-jest:
 * the nearest folder above this file holding both package.json and src/.
 */
function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "src"))) return dir;
    if (dirname(dir) === dir) throw new Error(`project root not found above ${start}`);
  }
}

export const PROJECT_ROOT = findRoot(__dirname);
export const EXAMPLES_DIR = join(PROJECT_ROOT, "examples");
export const VERSION: string = (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }).version;
