/**
 * Typed operations for clients of the gateway: graphql-codegen's client preset, from the committed
 * schema.graphql (which keeps @oneOf), over the worked examples in examples/. Run with
 * `npx graphql-codegen --config codegen.ts`. test/e2e/typed-clients.cases.ts imports this config, runs it
 * with graphql-codegen's generate() (in memory: nothing is written) and type-checks clients/typed-check/
 * against what it generated. Keep it plain data: the test hands it to graphql-codegen as JSON.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  // The committed SDL: @oneOf inputs stay @oneOf (an introspected URL needs `oneOf: true`, see README).
  schema: "schema.graphql",
  documents: ["examples/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "clients/typed-check/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Every scalar mapped (strictScalars: a new one fails the run instead of becoming `any`).
        strictScalars: true,
        scalars: {
          ID: "string",
          DateTimeISO: "string",
          JSONObject: "Record<string, unknown>",
        },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
