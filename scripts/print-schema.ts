/**
 * Writes schema.graphql from the code (`npm run schema`), or with --check fails when the committed
 * file is stale (CI runs that through `npm test`).
 */
import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildGatewaySchema } from "../src/schema/build-schema";

export async function printGatewaySchema(): Promise<string> {
  const schema = await buildGatewaySchema();
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}

async function main(): Promise<void> {
  const file = join(process.cwd(), "schema.graphql"); // npm runs scripts from the package root
  const printed = await printGatewaySchema();
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(file, "utf8");
    } catch {
      // missing counts as stale
    }
    if (committed !== printed) {
      process.stderr.write("schema.graphql is stale: run `npm run schema` and commit the result.\n");
      process.exit(1);
    }
    process.stdout.write("schema.graphql is up to date.\n");
    return;
  }
  writeFileSync(file, printed);
  process.stdout.write(`wrote ${file}\n`);
}

if (require.main === module) void main();
