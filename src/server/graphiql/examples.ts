import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse } from "graphql";

export interface Example {
  /** The file name without `.graphql`: `<service>.<step>-<operation>[.<variant>]`. */
  name: string;
  query: string;
  /** JSON text of the variables, as GraphiQL's variables editor shows it. */
  variables: string;
  /** Group of GraphiQL's examples panel: "AppFlow", "EventBridge", "IoT Managed Integrations", ... */
  service: string;
  /** The root fields the document selects (`createConnection`), what the panel lists per service. */
  operation: string;
  /** Auth variant or other flavour from the file name (`api-key`), "" when there is only one. */
  variant: string;
  /** The document's operation name (`CreateConnectionApiKey`), "" when anonymous. */
  operationName: string;
  /** The leading `#` comment, without the `#`s. */
  description: string;
}

const SERVICES: Record<string, string> = {
  appflow: "AppFlow",
  eventbridge: "EventBridge",
  iot: "IoT Managed Integrations",
  "zz-integrations": "Across services",
};

/** Root fields and operation name of a document; empty when it does not parse. */
function summarize(query: string): { operation: string; operationName: string } {
  try {
    const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return { operation: "", operationName: "" };
    const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
    return { operation: fields.join(", "), operationName: operation.name?.value ?? "" };
  } catch {
    return { operation: "", operationName: "" };
  }
}

function leadingComment(query: string): string {
  const lines: string[] = [];
  for (const line of query.split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line.replace(/^#\s?/, ""));
  }
  return lines.join(" ").replace(/\s+/g, " ").trim();
}

/**
 * Worked examples: `examples/<name>.graphql` with its variables in `examples/<name>.variables.json`.
 * The same files feed GraphiQL's examples panel and the test that runs every one of them against the
 * sandbox. Files are read on every call, so the panel always opens what is on disk.
 */
export function loadExamples(dir: string): Example[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".graphql".length);
      const variablesFile = join(dir, `${name}.variables.json`);
      const query = readFileSync(join(dir, file), "utf8");
      const [prefix = "", , ...rest] = name.split(".");
      const { operation, operationName } = summarize(query);
      return {
        name,
        query,
        variables: existsSync(variablesFile) ? readFileSync(variablesFile, "utf8") : "{}",
        service: SERVICES[prefix] ?? "Gateway",
        operation: operation || name,
        variant: rest.join("."),
        operationName,
        description: leadingComment(query),
      };
    });
}
