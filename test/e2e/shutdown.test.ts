/**
 * SIGTERM drains: a mutation whose AWS call takes longer than Apollo's default 10 s grace still gets
 * its answer, and the process exits cleanly after it. Runs the built gateway as `npm start` does.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/paths";

jest.setTimeout(60_000);

test("a create in flight for 11 s at SIGTERM completes, then the process exits 0", async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: "0",
    GATEWAY_LOG_LEVEL: "info",
    GATEWAY_BACKEND: "sandbox",
    GATEWAY_AWS_REQUEST_TIMEOUT_MS: "15000",
    SANDBOX_FAULT_LATENCY_MS: "11000",
    SANDBOX_FAULT_OPERATION: "CreateConnection",
  };
  const child = spawn(process.execPath, [join(PROJECT_ROOT, "dist", "src", "main.js")], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stderr!.on("data", (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /integration-gateway ready \(sandbox backend\): (\S+)/.exec(output.join(""));
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${output.join("")}`)));
  });

  const started = Date.now();
  const answer = fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation { createConnection(input: { name: "drained", authorization: { apiKey: { apiKeyName: "k", apiKeyValue: "drain-key-1" } } }) { connection { name state } userErrors { code } } }` }),
  }).then((r) => r.json() as Promise<{ data?: any; errors?: unknown[] }>);
  await new Promise((r) => setTimeout(r, 500));
  child.kill("SIGTERM");

  const body = await answer;
  expect(body.errors).toBeUndefined();
  expect(body.data.createConnection).toEqual({ connection: { name: "drained", state: "AUTHORIZED" }, userErrors: [] });
  expect(Date.now() - started).toBeGreaterThan(10_500);
  expect(await exited).toBe(0);
  const log = output.join("");
  expect(log).toContain('"gateway stopping"');
  expect(log).not.toContain("request cut off at shutdown");
});
