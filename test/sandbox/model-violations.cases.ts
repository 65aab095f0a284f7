/**
 * Derives every single-rule violation from the generated model constraints (one per required,
 * length min/max, pattern, range min/max and enum rule, for members at any depth), sends each to the
 * sandbox on the wire, and checks it is a ValidationException naming the member. Each request is an
 * otherwise valid input: the required members (at every level on the way to the member) are filled
 * with values that pass every unconditional rule the operation has, checked in-process first.
 */
import type { ModelConstraint } from "../../src/sandbox/model-constraints";
import { MODEL_CONSTRAINTS } from "../../src/sandbox/generated/model-constraints";
import { codePoints, validate, type Rule } from "../../src/sandbox/rules";
import { SERVICES } from "../../src/sandbox/services";
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { events, signed, type RawResponse } from "./helpers";

/** Realistic values; a member gets the first that passes every rule at its path. */
const CANDIDATES = [
  "sample-1", "abc123", "100", "en", "https://example.com/path", "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
  "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  "arn:aws:iam::123456789012:role/service-role/appflow",
  "arn:aws:secretsmanager:us-east-1:123456789012:secret:acme-material-AbCdEf",
  "arn:aws:lambda:us-east-1:123456789012:function:acme-connector",
  "arn:aws:vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0",
  "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0",
  "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhY21lIn0.c2lnbmF0dXJl",
];
/** Strings that break most patterns; one within the member's length bounds is used. */
const PATTERN_BREAKERS = ["\u0000", " ", "a b", ":", "!", "-", "é"];

type Kind = "required" | "min length" | "max length" | "pattern" | "min value" | "max value" | "enum";
interface Violation {
  service: string;
  operation: string;
  constraint: ModelConstraint;
  kind: Kind;
}

const isPhaseOne = (r: Rule) => ("required" in r && !r.when) || "enum" in r || "pattern" in r || "length" in r || "arn" in r || "range" in r;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const shown = (path: string) => path.split(".").map((s) => (s === "*" ? "1" : lowerFirst(s))).join(".");

/** Everything one operation's violations are built from. */
class OperationModel {
  readonly byPath: Map<string, ModelConstraint>;
  readonly phaseOne: Rule[];

  constructor(
    readonly service: string,
    readonly operation: string,
    readonly constraints: readonly ModelConstraint[],
    rules: readonly Rule[],
  ) {
    this.byPath = new Map(constraints.map((c) => [c.path, c]));
    this.phaseOne = rules.filter(isPhaseOne);
  }

  typeOf(path: string): string {
    if (path === "") return "structure";
    const c = this.byPath.get(path);
    if (c) return c.type;
    const below = this.constraints.filter((x) => x.path.startsWith(`${path}.`));
    if (below.some((x) => x.path.startsWith(`${path}.*`))) return "list";
    return below.length ? "structure" : "string";
  }

  /** A value for `path` that passes every unconditional rule there (and below). */
  valid(path: string): unknown {
    const c = this.byPath.get(path);
    const type = this.typeOf(path);
    const child = (name: string) => (path ? `${path}.${name}` : name);
    if (c?.enum) return c.enum[0];
    if (type === "integer" || type === "long") return c?.range?.min ?? Math.min(1, c?.range?.max ?? 1);
    if (type === "boolean") return true;
    if (type === "structure" || type === "union") {
      const out: Record<string, unknown> = {};
      const prefix = path ? `${path}.` : "";
      // Required by the model or by a service rule (e.g. RegisterConnector's label).
      for (const r of this.phaseOne) {
        const name = r.path.slice(prefix.length);
        if ("required" in r && r.path.startsWith(prefix) && !name.includes(".")) out[name] ??= this.valid(r.path);
      }
      return out;
    }
    if (type === "list") return Array.from({ length: Math.max(1, c?.length?.min ?? 1) }, () => this.valid(child("*")));
    if (type === "map") return Object.fromEntries(Array.from({ length: Math.max(1, c?.length?.min ?? 1) }, (_, i) => [`k${i}`, this.valid(child("*"))]));
    const rules = this.phaseOne.filter((r) => r.path === path);
    const fits = CANDIDATES.find((v) => validate(placed(path, v), rules) === undefined);
    if (fits === undefined) throw new Error(`no candidate value fits ${this.operation} ${path}`);
    return fits;
  }

  /** An input whose required members are filled, with the parent of `path` present (filled too). */
  inputReaching(path: string): Record<string, unknown> {
    const root = this.valid("") as Record<string, unknown>;
    const segments = path.split(".");
    let node: any = root;
    for (let i = 0; i < segments.length - 1; i++) {
      const here = segments.slice(0, i + 1).join(".");
      const key = segments[i]!;
      if (key === "*") {
        if (Array.isArray(node)) node = node.length ? node[0] : (node[0] = this.valid(here));
        else node = Object.values(node)[0] ?? (node.k0 = this.valid(here));
      } else {
        node[key] ??= this.valid(here);
        node = node[key];
      }
    }
    return root;
  }
}

/** `value` at `path` in a fresh object (lists for `*`). */
function placed(path: string, value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const segments = path.split(".");
  let node: any = root;
  segments.forEach((key, i) => {
    const next = segments[i + 1];
    const slot = key === "*" ? 0 : key;
    node[slot] = i === segments.length - 1 ? value : next === "*" ? [] : {};
    node = node[slot];
  });
  return root;
}

/** Sets (or with `undefined`, deletes) the member at `path`; `*` is the first item or value. */
function setAt(input: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split(".");
  let node: any = input;
  for (const key of segments.slice(0, -1)) node = key === "*" ? (Array.isArray(node) ? node[0] : Object.values(node)[0]) : node[key];
  const last = segments[segments.length - 1]!;
  const slot = last === "*" ? (Array.isArray(node) ? 0 : Object.keys(node)[0]!) : last;
  if (value === undefined) delete node[slot];
  else node[slot] = value;
}

function violations(service: string, operation: string, c: ModelConstraint): Violation[] {
  const out: Violation[] = [];
  const add = (kind: Kind) => out.push({ service, operation, constraint: c, kind });
  if (c.required) add("required");
  if (c.length?.min !== undefined && c.length.min > 0) add("min length");
  if (c.length?.max !== undefined) add("max length");
  if (c.pattern !== undefined && breaker(c)) add("pattern");
  if (c.range?.min !== undefined) add("min value");
  if (c.range?.max !== undefined) add("max value");
  if (c.enum) add("enum");
  return out;
}

/** A string within the member's length bounds that its pattern (as run) refuses, if there is one. */
function breaker(c: ModelConstraint): string | undefined {
  const re = new RegExp(c.safePattern ?? c.pattern!, "u");
  for (const base of PATTERN_BREAKERS) {
    const value = base.repeat(Math.max(1, c.length?.min ?? 1));
    if (codePoints(value) <= (c.length?.max ?? Infinity) && !re.test(value)) return value;
  }
  return undefined;
}

function badValue(v: Violation, model: OperationModel): unknown {
  const c = v.constraint;
  const many = (n: number) => (c.type === "list" ? Array.from({ length: n }, () => model.valid(`${c.path}.*`)) : c.type === "map" ? Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, model.valid(`${c.path}.*`)])) : "a".repeat(n));
  switch (v.kind) {
    case "required": return undefined;
    case "min length": return many(c.length!.min! - 1);
    case "max length": return many(c.length!.max! + 1);
    case "pattern": return breaker(c);
    case "min value": return c.range!.min! - 1;
    case "max value": return c.range!.max! + 1;
    case "enum": return "NOT_A_MODEL_VALUE";
  }
}

function expectedText(v: Violation): string {
  const c = v.constraint;
  const range = c.range ?? {};
  const between = range.min !== undefined && range.max !== undefined ? `Member must have value between ${range.min} and ${range.max}` : undefined;
  const text: Record<Kind, string> = {
    required: "Member must not be null",
    "min length": `Member must have length greater than or equal to ${c.length?.min}`,
    "max length": `Member must have length less than or equal to ${c.length?.max}`,
    pattern: `Member must satisfy regular expression pattern: ${c.pattern}`,
    "min value": between ?? `Member must have value greater than or equal to ${range.min}`,
    "max value": between ?? `Member must have value less than or equal to ${range.max}`,
    enum: "Member must satisfy enum value set: [",
  };
  return `Value at '${shown(c.path)}' failed to satisfy constraint: ${text[v.kind]}`;
}

/** The request on the wire, as an SDK would send it; undefined when the violation cannot be put on the wire (an empty or missing URI label, a request line too long for HTTP). */
async function send(sandbox: RunningSandbox, service: string, operation: string, input: Record<string, unknown>): Promise<RawResponse | undefined> {
  if (service === "eventbridge") return events(sandbox, operation, input);
  const binding = MODEL_CONSTRAINTS[service]![operation]!;
  const body = { ...input };
  let uri = binding.http!.uri;
  for (const [, label] of uri.matchAll(/\{(\w+)\}/g)) {
    const value = body[label!];
    if (value === undefined || value === "") return undefined;
    uri = uri.replace(`{${label}}`, encodeURIComponent(String(value)));
    delete body[label!];
  }
  const query = new URLSearchParams();
  for (const [name, { member }] of Object.entries(binding.query ?? {})) {
    if (body[member] !== undefined) query.set(name, String(body[member]));
    delete body[member];
  }
  const method = binding.http!.method;
  const path = query.size ? `${uri}?${query}` : uri;
  // A 65,536-character NextToken does not fit in a request line (Node, like AWS's front ends, takes ~16 KiB).
  if (path.length > 16 * 1024) return undefined;
  return signed(sandbox, { service: service === "appflow" ? "appflow" : "iotmanagedintegrations", method, path, body: method === "GET" || method === "DELETE" ? undefined : body });
}

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const counts = { derived: 0, rejected: 0, nested: 0, notOnWire: 0, patternsAcceptingAll: 0, areaDerived: 0, areaRejected: 0 };
/** Where models nest the most: AppFlow profile properties and credentials, EventBridge auth parameters, IoT general authorization. */
const AREA = /^(connectorProfileConfig\.connectorProfile(Properties|Credentials)\.|AuthParameters\.|AuthConfig\.GeneralAuthorization)/;
afterAll(() => {
  // eslint-disable-next-line no-console
  console.log(
    `model constraint violations: ${counts.derived} derived, ${counts.rejected} rejected as ValidationException naming the member ` +
      `(${counts.nested} inside nested members); ${counts.notOnWire} not expressible on the wire (empty or missing URI label, over-long query string); ` +
      `${counts.patternsAcceptingAll} patterns accept every string (e.g. .*), so have no violation. ` +
      `In profile properties/credentials, auth parameters and general authorization: ${counts.areaDerived} derived, ${counts.areaRejected} rejected`,
  );
});

for (const service of SERVICES) {
  const modelName = service.name;
  describe(service.name, () => {
    for (const op of service.operations) {
      it(`${op.name}: every single-rule violation is a ValidationException naming the member`, async () => {
        const constraints = MODEL_CONSTRAINTS[modelName]![op.name]!.constraints;
        const model = new OperationModel(modelName, op.name, constraints, op.rules);
        const failures: string[] = [];
        for (const c of constraints) {
          if (c.pattern !== undefined && !breaker(c)) counts.patternsAcceptingAll++;
          for (const v of violations(modelName, op.name, c)) {
            counts.derived++;
            const inArea = AREA.test(c.path);
            if (inArea) counts.areaDerived++;
            const input = model.inputReaching(c.path);
            // The input is valid but for the one violation: every unconditional rule passes before it.
            const before = validate(input, model.phaseOne);
            if (before) {
              failures.push(`${c.path} ${v.kind}: the base input is not valid: ${before}`);
              continue;
            }
            setAt(input, c.path, badValue(v, model));
            const res = await send(sandbox, modelName, op.name, input);
            if (!res) {
              counts.notOnWire++;
              continue;
            }
            const code = res.headers["x-amzn-errortype"] ?? res.json?.__type;
            const message: string = res.json?.message ?? res.json?.Message ?? "";
            if (res.status === 400 && code === "ValidationException" && message.includes(expectedText(v))) {
              counts.rejected++;
              if (inArea) counts.areaRejected++;
              if (c.path.includes(".")) counts.nested++;
            } else {
              failures.push(`${c.path} ${v.kind}: ${res.status} ${code} ${message.slice(0, 300)}`);
            }
          }
        }
        expect(failures).toEqual([]);
      });
    }
  });
}
