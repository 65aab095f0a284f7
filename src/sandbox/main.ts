/** `npm run sandbox`: the sandbox alone, for the AWS CLI or any other SDK. */
import { sandboxOptionsFromEnv, startSandbox } from "./index";

async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT ?? 4599);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error("SANDBOX_PORT must be a port number");
  const region = process.env.SANDBOX_REGION ?? process.env.AWS_REGION ?? "us-east-1";
  const sandbox = await startSandbox({
    ...sandboxOptionsFromEnv(),
    port,
    host: process.env.SANDBOX_HOST ?? "127.0.0.1",
    region,
    logger: (line) => process.stdout.write(line + "\n"),
  });
  const env = `AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox AWS_REGION=${region}`;
  process.stdout.write(
    [
      `sandbox listening on ${sandbox.url} (AppFlow, EventBridge and IoT Managed Integrations on one port, told apart by SigV4 signing name)`,
      `  AppFlow:                  ${sandbox.endpoints.appflow}`,
      `  EventBridge:              ${sandbox.endpoints.eventbridge}`,
      `  IoT Managed Integrations: ${sandbox.endpoints.iotManagedIntegrations}`,
      `  admin:                    ${sandbox.url}/_sandbox/health, ${sandbox.url}/_sandbox/faults, POST ${sandbox.url}/_sandbox/reset`,
      `  admin token:              ${sandbox.adminToken} (send it as x-sandbox-admin-token, with content-type: application/json on PUT/POST)`,
      `try: ${env} aws appflow describe-connector-profiles --endpoint-url ${sandbox.url}`,
      "",
    ].join("\n"),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`sandbox: ${signal}, closing\n`);
    void sandbox.close().then(() => process.exit(0));
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: Error) => {
  process.stderr.write(`sandbox: ${error.message}\n`);
  process.exit(1);
});
