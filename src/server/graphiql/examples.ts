import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

export interface Example {
  name: string;
  query: string;
  /** JSON text of the variables, as GraphiQL's variables editor shows it. */
  variables: string;
}

/**
 * Worked examples: `examples/<name>.graphql` with its variables in `examples/<name>.variables.json`.
 * The same files feed GraphiQL's tabs and the test that runs every one of them against the sandbox.
 */
export function loadExamples(dir: string): Example[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".graphql".length);
      const variablesFile = join(dir, `${name}.variables.json`);
      return {
        name,
        query: readFileSync(join(dir, file), "utf8"),
        variables: existsSync(variablesFile) ? readFileSync(variablesFile, "utf8") : "{}",
      };
    });
}
