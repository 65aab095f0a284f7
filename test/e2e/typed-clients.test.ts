/**
 * The typed-client recipe of the README, run as a client would: graphql-codegen with the committed
 * codegen.ts (client preset, from schema.graphql, over every document in examples/), then tsc
 * --noEmit on clients/typed-check/, which uses the generated types. It compiles only when a one-member
 * @oneOf value compiles and every two-member (or zero-member) value is a type error, marked with
 * `// @ts-expect-error` (an unused directive is itself an error). A control compiles the same file
 * without its directives and checks that exactly those lines fail, with the error each one names,
 * so the check cannot pass for the wrong reason (a typo, a missing required field).
 *
 * Generating from a running gateway's URL instead loses the @oneOf rules unless the URL loader is
 * given `oneOf: true` (introspection leaves `isOneOf` out otherwise); the last test shows both.
 *
 * The binaries run on the Node that runs the tests (process.execPath), so CI's Node 20 and Node 24
 * runs both cover them; graphql-codegen 7 and the client preset 6 run on Node 20.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/paths";
import { startTestGateway } from "../helpers/gateway";

const BIN = join(PROJECT_ROOT, "node_modules", ".bin");
const CHECK_DIR = join(PROJECT_ROOT, "clients", "typed-check");
const GENERATED = join(CHECK_DIR, "gql");

/**
 * Runs a node_modules/.bin script on this Node; resolves with its exit status and output. Async: the
 * last test's gateway runs in this process and must keep answering while codegen introspects it.
 */
async function run(bin: string, args: string[]): Promise<{ status: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(BIN, bin), ...args], { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 170_000 });
    return { status: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    return { status: typeof e.code === "number" ? e.code : -1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` || e.message };
  }
}

/** `file(line,col): error TS1234: message` lines of tsc --pretty false. */
function diagnostics(output: string): Array<{ file: string; line: number; code: string; message: string }> {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map((m) => ({ file: m[1]!, line: Number(m[2]), code: m[3]!, message: m[4]! }));
}

beforeAll(async () => {
  rmSync(GENERATED, { recursive: true, force: true });
  const codegen = await run("graphql-codegen", ["--config", "codegen.ts", "--silent"]);
  if (codegen.status !== 0) throw new Error(`graphql-codegen failed on Node ${process.version}:\n${codegen.output}`);
}, 180_000);

it("codegen.ts generates typed documents for every example, @oneOf inputs as unions, every scalar mapped", () => {
  const types = readFileSync(join(GENERATED, "graphql.ts"), "utf8");
  const examples = readFileSync(join(GENERATED, "gql.ts"), "utf8");
  expect(existsSync(join(GENERATED, "index.ts"))).toBe(true);
  // A @oneOf input is a union of one-member objects; the other members are `?: never`.
  expect(types).toMatch(/export type ConnectionAuthorizationInput =\s*\{[^}]*apiKey: ConnectionApiKeyAuthInput; basic\?: never; oAuthClientCredentials\?: never; \}/);
  // DateTimeISO and JSONObject mapped (strictScalars in codegen.ts would fail the run on an unmapped one).
  expect(types).toMatch(/creationTime: string, lastModifiedTime: string/);
  expect(types).toMatch(/properties: Record<string, unknown> \| null/);
  expect(types).not.toMatch(/: any\b/);
  expect(examples).toContain("mutation CreateConnectionApiKey($input: CreateConnectionInput!)");
}, 60_000);

it("a one-member @oneOf value compiles and every two- or zero-member value is a type error (tsc --noEmit)", async () => {
  const tsc = await run("tsc", ["-p", join(CHECK_DIR, "tsconfig.json"), "--pretty", "false"]);
  expect(tsc.output).toBe("");
  expect(tsc.status).toBe(0);
}, 180_000);

it("control: without the directives, exactly the marked lines fail, each with the error it names", async () => {
  const source = readFileSync(join(CHECK_DIR, "check.ts"), "utf8").split("\n");
  const expected = new Map<number, string>(); // line (1-based) of the statement -> expected error code
  const stripped = source.map((line, i) => {
    const directive = /^\s*\/\/ @ts-expect-error (TS\d+) --/.exec(line);
    if (!directive) return line.replace('"./gql/graphql"', '"./graphql"');
    expected.set(i + 2, directive[1]!);
    return ""; // keeps the line numbers
  });
  expect(expected.size).toBeGreaterThanOrEqual(5);
  const file = join(GENERATED, "check-without-directives.ts");
  const config = join(GENERATED, "tsconfig.control.json");
  writeFileSync(file, stripped.join("\n"));
  writeFileSync(config, JSON.stringify({ extends: "../tsconfig.json", include: ["check-without-directives.ts"] }));
  try {
    const tsc = await run("tsc", ["-p", config, "--pretty", "false"]);
    expect(tsc.status).not.toBe(0);
    const found = diagnostics(tsc.output);
    expect(found.every((d) => d.file.endsWith("check-without-directives.ts"))).toBe(true);
    expect(new Map(found.map((d) => [d.line, d.code]))).toEqual(expected);
  } finally {
    rmSync(file, { force: true });
    rmSync(config, { force: true });
  }
}, 180_000);

it("from a running gateway's URL, @oneOf survives only with the loader option oneOf: true", async () => {
  const t = await startTestGateway();
  const dir = mkdtempSync(join(tmpdir(), "typed-clients-"));
  try {
    const generate = async (oneOf: boolean) => {
      const out = join(dir, oneOf ? "with-oneof" : "without-oneof");
      const config = join(dir, `codegen.${oneOf ? "with" : "without"}.ts`);
      const loader = { headers: { authorization: "Bearer not-needed-with-GATEWAY_AUTH-none" }, ...(oneOf ? { oneOf: true } : {}) };
      writeFileSync(
        config,
        `export default ${JSON.stringify({
          schema: [{ [t.gateway.graphqlUrl]: loader }],
          documents: [join(PROJECT_ROOT, "examples", "eventbridge.*.graphql")],
          generates: { [`${out}/`]: { preset: "client", config: { scalars: { ID: "string", DateTimeISO: "string", JSONObject: "Record<string, unknown>" } } } },
        })};\n`,
      );
      const codegen = await run("graphql-codegen", ["--config", config, "--silent"]);
      if (codegen.status !== 0) throw new Error(`graphql-codegen failed:\n${codegen.output}`);
      return /export type ConnectionAuthorizationInput =[\s\S]*?\n\n/.exec(readFileSync(join(out, "graphql.ts"), "utf8"))![0];
    };
    // Without the option: a plain input type whose members are all optional, so two members compile.
    expect(await generate(false)).toMatch(/^export type ConnectionAuthorizationInput = \{\s*\n[\s\S]*apiKey\?: ConnectionApiKeyAuthInput \| null \| undefined;/);
    // With it: the same union schema.graphql gives.
    expect(await generate(true)).toMatch(/apiKey: ConnectionApiKeyAuthInput; basic\?: never; oAuthClientCredentials\?: never; \}\s*\|/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  }
}, 180_000);
