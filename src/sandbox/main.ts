/** `npm run sandbox`: the sandbox alone, for the AWS CLI or any other SDK. */
import { sandboxOptionsFromEnv, startSandbox } from "./index";

async function main(): Promise<void> {
  const sandbox = await startSandbox({
    ...sandboxOptionsFromEnv(),
    port: Number(process.env.SANDBOX_PORT ?? 4599),
    region: process.env.AWS_REGION ?? "us-east-1",
    logger: (line) => process.stdout.write(line + "\n"),
  });
  process.stdout.write(
    [
      `sandbox listening on ${sandbox.url} (AppFlow, EventBridge and IoT Managed Integrations on one port)`,
      `  AppFlow:                  ${sandbox.endpoints.appflow}`,
      `  EventBridge:              ${sandbox.endpoints.eventbridge}`,
      `  IoT Managed Integrations: ${sandbox.endpoints.iotManagedIntegrations}`,
      `try: AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x aws events describe-connection --name demo --region us-east-1 --endpoint-url ${sandbox.url}`,
      "",
    ].join("\n"),
  );
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

void main();
