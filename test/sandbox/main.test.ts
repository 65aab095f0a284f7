/** The standalone entry (`npm run sandbox`): compiled on its own, started with env vars, stopped by a signal. */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/paths";
import { rawRequest } from "./helpers";

jest.setTimeout(60_000);

let outDir: string;
let child: ChildProcess;
const output: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "sandbox-main-"));
  // Only the sandbox's own files: it must build and run without the rest of the project.
  const tsc = join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "--outDir", outDir, "--rootDir", join(PROJECT_ROOT, "src", "sandbox"), "--module", "commonjs", "--target", "ES2022", "--moduleResolution", "node10", "--strict", "--types", "node", "--skipLibCheck", "--ignoreDeprecations", "6.0", "--ignoreConfig", join(PROJECT_ROOT, "src", "sandbox", "main.ts")], { stdio: "pipe" });
  const env: NodeJS.ProcessEnv = { ...process.env, SANDBOX_PORT: "0", SANDBOX_FAULT_SEED: "4", SANDBOX_FAULT_LATENCY_MS: "1" };
  delete env.SANDBOX_DATA_FILE;
  delete env.SANDBOX_ADMIN_TOKEN;
  child = spawn(process.execPath, [join(outDir, "main.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      if (/try: .*\n/.test(output.join(""))) resolve();
    });
    child.once("exit", (code) => reject(new Error(`sandbox exited with ${code}:\n${output.join("")}`)));
  });
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
