/**
 * The standalone entry (`npm run sandbox`): self-contained, started with env vars, stopped by a signal.
 * The sandbox must build and run without the rest of the project. That used to be shown by compiling
 * src/sandbox with tsc in this test (seconds of CPU on every run); now the import graph of its sources
 * is checked (every import is a node: builtin or a file inside src/sandbox, type-only imports included),
 * and the build's output for src/sandbox, copied alone to a temporary folder, is what runs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { PROJECT_ROOT } from "../../src/paths";
import { waitForLine } from "../helpers/child-process";
import { rawRequest } from "./helpers";

jest.setTimeout(60_000);

const SANDBOX_SRC = join(PROJECT_ROOT, "src", "sandbox");
const SANDBOX_BUILT = join(PROJECT_ROOT, "dist", "src", "sandbox");

let outDir: string;
let child: ChildProcess;
const output: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(SANDBOX_BUILT, "main.js"))) throw new Error("dist/src/sandbox/main.js is missing: build first (npx tsc -p tsconfig.json, or npm test)");
  outDir = mkdtempSync(join(tmpdir(), "sandbox-main-"));
  // Only the sandbox's own files: a require of anything outside them fails here.
  cpSync(SANDBOX_BUILT, outDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, SANDBOX_PORT: "0", SANDBOX_FAULT_SEED: "4", SANDBOX_FAULT_LATENCY_MS: "1" };
  delete env.SANDBOX_DATA_FILE;
  delete env.SANDBOX_ADMIN_TOKEN;
  child = spawn(process.execPath, [join(outDir, "main.js")], { env, stdio: ["ignore", "pipe", "pipe"], cwd: outDir });
  await waitForLine(child, output, /try: /, "sandbox");
});

/**
 * Every module specifier of a source: `import ... from`, `export ... from`, `import "x"`, `import("x")`,
 * `require("x")` (comments removed first). Loading TypeScript for its preProcessFile cost ~1 s here.
 */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const pattern = /\b(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']|\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g;
  return [...code.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

it("imports nothing outside src/sandbox but node: builtins, from main.ts down", () => {
  const seen = new Set<string>();
  const outside: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const fileName of importsOf(readFileSync(file, "utf8"))) {
      const from = relative(PROJECT_ROOT, file);
      if (fileName.startsWith("node:")) continue;
      if (!fileName.startsWith(".")) {
        outside.push(`${from} -> ${fileName}`);
        continue;
      }
      const target = [".ts", "/index.ts"].map((ext) => resolve(dirname(file), fileName) + ext).find(existsSync);
      if (!target || relative(SANDBOX_SRC, target).startsWith("..")) outside.push(`${from} -> ${fileName}`);
      else visit(target);
    }
  };
  visit(join(SANDBOX_SRC, "main.ts"));
  expect(outside).toEqual([]);
  expect(seen.size).toBeGreaterThan(10);
});

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  rmSync(outDir, { recursive: true, force: true });
});

it("prints its endpoints, its admin token and an AWS CLI example, serves, and takes its faults from the environment", async () => {
  const text = output.join("");
  const url = /sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text)![1]!;
  expect(text).toContain(`AppFlow:                  ${url}`);
  expect(text).toContain(`EventBridge:              ${url}`);
  expect(text).toContain(`IoT Managed Integrations: ${url}`);
  expect(text).toMatch(new RegExp(`try: .*aws appflow describe-connector-profiles --endpoint-url ${url}`));
  expect((await rawRequest(url, "GET", "/_sandbox/health", {})).json).toEqual({ status: "ok" });
  const token = /admin token: +(\S+)/.exec(text)![1]!;
  expect((await rawRequest(url, "GET", "/_sandbox/faults", {})).status).toBe(403);
  expect((await rawRequest(url, "GET", "/_sandbox/faults", { "x-sandbox-admin-token": token })).json.config).toEqual({ seed: 4, latencyMs: 1 });
});

it("closes cleanly on SIGTERM", async () => {
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
});
