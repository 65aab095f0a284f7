/** The start-up rule: `aws` refuses to start without auth settings; GATEWAY_AUTH=none on purpose starts, loudly. */
import { loadConfig } from "../../src/config";
import { startGateway } from "../../src/server/create-gateway";
import { createLogger } from "../../src/server/logger";
import { startTestGateway } from "../helpers/gateway";
import { logLines } from "../helpers/auth";

const AWS_ENV = { GATEWAY_BACKEND: "aws", AWS_REGION: "us-east-1" };

it("GATEWAY_BACKEND=aws without GATEWAY_AUTH refuses to start, before listening", async () => {
  const logs: string[] = [];
  const config = { ...loadConfig(AWS_ENV), port: 0 };
  await expect(startGateway(config, { logger: createLogger("debug", (l) => logs.push(l)) })).rejects.toThrow(/GATEWAY_BACKEND=aws needs authentication.*GATEWAY_AUTH/);
  expect(logLines(logs, "gateway started")).toEqual([]);
});

it("GATEWAY_BACKEND=aws with GATEWAY_AUTH=none starts, with a warning line", async () => {
  const t = await startTestGateway({ ...loadConfig({ ...AWS_ENV, GATEWAY_AUTH: "none" }), port: 0, maxAttempts: 1 });
  try {
    const warnings = logLines(t.logs, "AUTHENTICATION IS OFF: GATEWAY_AUTH=none with the aws backend; anyone who can reach this gateway can change integrations in the AWS account");
    expect(warnings).toEqual([expect.objectContaining({ level: "warn", backend: "aws", auth: "none" })]);
    expect(logLines(t.logs, "gateway started")[0]).toMatchObject({ backend: "aws", auth: "none" });
  } finally {
    await t.close();
  }
});

it("the sandbox defaults to none without a warning", async () => {
  const t = await startTestGateway();
  try {
    expect(t.logs.some((l) => l.includes("AUTHENTICATION IS OFF"))).toBe(false);
    expect(logLines(t.logs, "gateway started")[0]).toMatchObject({ backend: "sandbox", auth: "none" });
  } finally {
    await t.close();
  }
});

it("GATEWAY_BACKEND=aws with api-key auth starts without a warning", async () => {
  const t = await startTestGateway({
    ...loadConfig({ ...AWS_ENV, GATEWAY_AUTH: "api-key", GATEWAY_API_KEYS: JSON.stringify([{ name: "p", hash: "0".repeat(64), scopes: [] }]) }),
    port: 0,
    maxAttempts: 1,
  });
  try {
    expect(t.logs.some((l) => l.includes("AUTHENTICATION IS OFF"))).toBe(false);
    expect((await fetch(t.gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(401);
  } finally {
    await t.close();
  }
});
