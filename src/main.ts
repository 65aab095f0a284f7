import "./production-mode";
import "reflect-metadata";
import { loadConfig } from "./config";
import { startGateway } from "./server/create-gateway";

/** `npm start`: the gateway on its configured backend (the embedded sandbox unless GATEWAY_BACKEND=aws). */
async function main(): Promise<void> {
  const config = loadConfig();
  const gateway = await startGateway(config);
  process.stdout.write(`\nintegration-gateway ready (${config.backend} backend): ${gateway.graphqlUrl}\n`);
  // The sandbox's admin routes (/_sandbox/reset, /faults) take this token, so no web page can reach them.
  if (gateway.sandbox) process.stdout.write(`sandbox ${gateway.sandbox.url}, admin token (x-sandbox-admin-token): ${gateway.sandbox.adminToken}\n`);
  process.stdout.write("\n");
  const stop = () => {
    gateway.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`integration-gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
