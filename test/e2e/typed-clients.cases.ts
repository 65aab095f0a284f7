/**
 * The typed-client recipe of the README, run as a client would: graphql-codegen with the committed
 * codegen.ts (client preset, from schema.graphql, over every document in examples/), then the
 * TypeScript compiler with clients/typed-check/tsconfig.json on its check.ts, which uses the generated
 * types. It compiles only when a one-member @oneOf value compiles and every two-member (or zero-member)
 * value is a type error, marked with `// @ts-expect-error` (an unused directive is itself an error). A
 * control compiles the same file without its directives and checks that exactly those lines fail,
 * with the error each one names, so the check cannot pass for the wrong reason (a typo, a missing
 * required field).
 *
 * Generating from a running gateway's URL instead loses the @oneOf rules unless the URL loader is
 * given `oneOf: true` (introspection leaves `isOneOf` out otherwise); the last test shows both, over
 * one example (the client preset emits only the input types that operations reach).
 *
 * Both through their APIs, not their binaries (three codegen runs and two tsc runs cost ~20 s of CPU):
 * graphql-codegen's generate() runs codegen.ts's config and the URL configs in this process (tests
 * run in plain Node, which requires the CLI's ESM-only dependencies natively; a child process cost
 * ~1.5 s more CPU), so CI's Node 20 and Node 24 runs both cover it; graphql-codegen 7 and the client
 * preset 6 run on Node 20. It writes nothing: the generated files stay in memory, and
 * clients/typed-check/gql/ is left alone. The type check is ONE program (what `tsc --noEmit -p
 * clients/typed-check` reports, the generated files read from memory) whose root files are check.ts and
 * the control, so the lib files and graphql's declarations are parsed once for both.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import codegenConfig from "../../codegen";
import { PROJECT_ROOT } from "../../src/paths";
import { startTestGateway } from "../helpers/gateway";

const CHECK_DIR = join(PROJECT_ROOT, "clients", "typed-check");
const GENERATED = join(CHECK_DIR, "gql");
/** check.ts without its directives; beside it, so that `./gql/graphql` resolves the same way. */
const CONTROL = join(CHECK_DIR, "check-without-directives.ts");
const URL_WITHOUT_ONEOF = join(PROJECT_ROOT, "from-url", "without-oneof");
const URL_WITH_ONEOF = join(PROJECT_ROOT, "from-url", "with-oneof");

/** Generated files, by absolute path (nothing is on disk). */
type Files = Map<string, string>;
/** What the child reports for one config. */
type Outcome = { files: Files } | { error: string };

/**
 * graphql-codegen's generate() on each config, in this process. Async: the gateway runs here too and
 * must keep answering while codegen introspects it.
 */
async function codegen<Name extends string>(configs: Record<Name, object>): Promise<Record<Name, Outcome>> {
  const { generate } = require("@graphql-codegen/cli") as typeof import("@graphql-codegen/cli");
  const entries = await Promise.all(
    Object.entries<object>(configs).map(async ([name, config]): Promise<[string, Outcome]> => {
      try {
        const files = await generate({ ...config, cwd: PROJECT_ROOT, silent: true } as never, false);
        return [name, { files: new Map(files.map((f: { filename: string; content: string }) => [resolve(PROJECT_ROOT, f.filename), f.content])) }];
      } catch (error) {
        return [name, { error: describeCodegenError(error) }];
      }
    }),
  );
  return Object.fromEntries(entries) as Record<Name, Outcome>;
}

/** Listr wraps the per-output errors (a document that does not fit the schema, an unmapped scalar). */
function describeCodegenError(error: unknown): string {
  const inner = (error as { errors?: unknown[] } | undefined)?.errors ?? [];
  return inner.length > 0 ? inner.map((e) => String((e as Error)?.message ?? e)).join("\n") : String((error as Error)?.stack ?? error);
}

/** The files of a config that generated, or its error. */
function filesOf(outcome: Outcome): Files {
  if ("error" in outcome) throw new Error(`graphql-codegen failed on Node ${process.version}:\n${outcome.error}`);
  return outcome.files;
}

/**
 * What `tsc --noEmit -p clients/typed-check` reports (options, syntax, semantics of every file), with
 * `files` (the generated ones and the control) read from memory instead of disk.
 */
function typeCheck(files: Files): Array<{ file: string; line: number; code: string; text: string }> {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(CHECK_DIR, "tsconfig.json"), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  })!;
  const host = ts.createCompilerHost(parsed.options);
  // As tsc does: JSDoc is parsed only where it can change a type error (not in lib.dom.d.ts's thousands).
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
  const disk = { fileExists: host.fileExists, directoryExists: host.directoryExists, readFile: host.readFile, getSourceFile: host.getSourceFile };
  const dirs = new Set([...files.keys()].map((f) => dirname(f)));
  host.fileExists = (f) => files.has(f) || disk.fileExists(f);
  host.directoryExists = (d) => dirs.has(d) || (disk.directoryExists?.(d) ?? false);
  host.readFile = (f) => files.get(f) ?? disk.readFile(f);
  host.getSourceFile = (f, language, ...rest) => {
    const text = files.get(f);
    return text === undefined ? disk.getSourceFile(f, language, ...rest) : ts.createSourceFile(f, text, language);
  };
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, CONTROL], options: parsed.options, host, configFileParsingDiagnostics: parsed.errors });
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file?.fileName ?? "",
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    code: `TS${d.code}`,
    text: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  }));
}

// The control: check.ts with each `// @ts-expect-error TS1234 -- why` line blanked (line numbers kept).
const expected = new Map<number, string>(); // line (1-based) of the statement -> expected error code
const control = readFileSync(join(CHECK_DIR, "check.ts"), "utf8")
  .split("\n")
  .map((line, i) => {
    const directive = /^\s*\/\/ @ts-expect-error (TS\d+) --/.exec(line);
    if (!directive) return line;
    expected.set(i + 2, directive[1]!);
    return "";
  })
  .join("\n");

let generated: Outcome;
let fromUrl: Outcome;
let diagnostics: ReturnType<typeof typeCheck> = [];

beforeAll(async () => {
  const t = await startTestGateway();
  try {
    const loader = { headers: { authorization: "Bearer not-needed-with-GATEWAY_AUTH-none" } };
    const output = { preset: "client", config: { scalars: { ID: "string", DateTimeISO: "string", JSONObject: "Record<string, unknown>" } } };
    ({ generated, fromUrl } = await codegen({
      generated: codegenConfig,
      // One document is enough: the client preset emits the input types its variables reach.
      fromUrl: {
        documents: [join("examples", "eventbridge.1-create-connection.api-key.graphql")],
        generates: {
          [`${URL_WITHOUT_ONEOF}/`]: { schema: [{ [t.gateway.graphqlUrl]: loader }], ...output },
          [`${URL_WITH_ONEOF}/`]: { schema: [{ [t.gateway.graphqlUrl]: { ...loader, oneOf: true } }], ...output },
        },
      },
    }));
  } finally {
    await t.close();
  }
  if ("files" in generated) diagnostics = typeCheck(new Map([...generated.files, [CONTROL, control]]));
}, 180_000);

it("codegen.ts generates typed documents for every example, @oneOf inputs as unions, every scalar mapped", () => {
  const files = filesOf(generated);
  const types = files.get(join(GENERATED, "graphql.ts"))!;
  const examples = files.get(join(GENERATED, "gql.ts"))!;
  expect(files.has(join(GENERATED, "index.ts"))).toBe(true);
  // A @oneOf input is a union of one-member objects; the other members are `?: never`.
  expect(types).toMatch(/export type ConnectionAuthorizationInput =\s*\{[^}]*apiKey: ConnectionApiKeyAuthInput; basic\?: never; oAuthClientCredentials\?: never; \}/);
  // DateTimeISO and JSONObject mapped (strictScalars in codegen.ts would fail the run on an unmapped one).
  expect(types).toMatch(/creationTime: string, lastModifiedTime: string/);
  expect(types).toMatch(/properties: Record<string, unknown> \| null/);
  expect(types).not.toMatch(/: any\b/);
  expect(examples).toContain("mutation CreateConnectionApiKey($input: CreateConnectionInput!)");
});

it("a one-member @oneOf value compiles and every two- or zero-member value is a type error (tsconfig of clients/typed-check)", () => {
  filesOf(generated);
  // Every file but the control: check.ts, the generated graphql.ts it imports, the options.
  expect(diagnostics.filter((d) => d.file !== CONTROL)).toEqual([]);
});

it("control: without the directives, exactly the marked lines fail, each with the error it names", () => {
  filesOf(generated);
  expect(expected.size).toBeGreaterThanOrEqual(5);
  const found = diagnostics.filter((d) => d.file === CONTROL);
  expect(found.map((d) => [d.line, d.code])).toEqual([...expected]);
});

it("from a running gateway's URL, @oneOf survives only with the loader option oneOf: true", () => {
  const files = filesOf(fromUrl);
  const input = (dir: string) => /export type ConnectionAuthorizationInput =[\s\S]*?\n\n/.exec(files.get(join(dir, "graphql.ts"))!)![0];
  // Without the option: a plain input type whose members are all optional, so two members compile.
  expect(input(URL_WITHOUT_ONEOF)).toMatch(/^export type ConnectionAuthorizationInput = \{\s*\n[\s\S]*apiKey\?: ConnectionApiKeyAuthInput \| null \| undefined;/);
  // With it: the same union schema.graphql gives.
  expect(input(URL_WITH_ONEOF)).toMatch(/apiKey: ConnectionApiKeyAuthInput; basic\?: never; oAuthClientCredentials\?: never; \}\s*\|/);
});
