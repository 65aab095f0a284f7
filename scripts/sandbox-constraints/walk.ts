/**
 * Walks an operation's input shape in a Smithy 2.0 JSON model and collects, for every member at any
 * depth, the constraints the sandbox enforces: required, length, pattern, range and enum. Member
 * traits override the target shape's, as Smithy applies them. Map keys are not walked (the rule
 * paths address values only).
 */
import { nestedQuantifier } from "./regex-safety";
import { SAFE_PATTERNS } from "./safe-patterns";
import type { ModelConstraint, ModelOperation } from "../../src/sandbox/model-constraints";

type Traits = Record<string, any>;
interface Shape {
  type: string;
  members?: Record<string, { target: string; traits?: Traits }>;
  member?: { target: string; traits?: Traits };
  value?: { target: string; traits?: Traits };
  input?: { target: string };
  traits?: Traits;
}
export interface SmithyModel {
  shapes: Record<string, Shape>;
}

const PRELUDE: Record<string, string> = {
  "smithy.api#String": "string", "smithy.api#Integer": "integer", "smithy.api#Long": "long", "smithy.api#Boolean": "boolean",
  "smithy.api#PrimitiveBoolean": "boolean", "smithy.api#PrimitiveInteger": "integer", "smithy.api#PrimitiveLong": "long",
  "smithy.api#Timestamp": "timestamp", "smithy.api#Double": "double", "smithy.api#Float": "float", "smithy.api#Document": "document",
  "smithy.api#Unit": "structure",
};

function shapeOf(model: SmithyModel, id: string): Shape {
  const shape = model.shapes[id];
  if (shape) return shape;
  if (PRELUDE[id]) return { type: PRELUDE[id]! };
  throw new Error(`shape ${id} is not in the model`);
}

/** A pattern as it will run: checked to compile, and replaced by its reviewed rewrite when it backtracks exponentially. */
function checkedPattern(pattern: string, where: string): Pick<ModelConstraint, "pattern" | "safePattern"> {
  new RegExp(pattern, "u"); // throws on a pattern JavaScript cannot run
  const unsafe = nestedQuantifier(pattern);
  if (!unsafe) return { pattern };
  const rewrite = SAFE_PATTERNS[pattern];
  if (!rewrite) throw new Error(`${where}: pattern ${pattern} can backtrack exponentially (${unsafe}); add a reviewed rewrite to SAFE_PATTERNS`);
  if (nestedQuantifier(rewrite.safe)) throw new Error(`${where}: the rewrite of ${pattern} is not safe either`);
  return { pattern, safePattern: rewrite.safe };
}

/** The constraints of one member (or list item / map value), from its traits and its target's. */
function constraintOf(model: SmithyModel, path: string, target: string, memberTraits: Traits, where: string): ModelConstraint {
  const shape = shapeOf(model, target);
  const traits = { ...shape.traits, ...memberTraits };
  const c: ModelConstraint = { path, type: shape.type };
  if (memberTraits["smithy.api#required"]) c.required = true;
  const length = traits["smithy.api#length"];
  if (length) c.length = { ...(length.min !== undefined ? { min: length.min } : {}), ...(length.max !== undefined ? { max: length.max } : {}) };
  if (traits["smithy.api#pattern"] !== undefined) Object.assign(c, checkedPattern(traits["smithy.api#pattern"], where));
  const range = traits["smithy.api#range"];
  if (range) c.range = { ...(range.min !== undefined ? { min: Number(range.min) } : {}), ...(range.max !== undefined ? { max: Number(range.max) } : {}) };
  if (shape.type === "enum") c.enum = Object.entries(shape.members ?? {}).map(([name, m]) => m.traits?.["smithy.api#enumValue"] ?? name);
  else if (traits["smithy.api#enum"]) c.enum = traits["smithy.api#enum"].map((e: { value: string }) => e.value);
  return c;
}

const constrained = (c: ModelConstraint) => c.required || c.length || c.pattern !== undefined || c.range || c.enum;

/** Every constraint under an input shape, depth first in the model's member order. */
function walk(model: SmithyModel, id: string, path: string, stack: readonly string[], out: ModelConstraint[], where: string): void {
  if (stack.includes(id)) return; // a recursive shape: its constraints were collected at the first level
  const shape = shapeOf(model, id);
  const visit = (childPath: string, target: string, traits: Traits = {}) => {
    const c = constraintOf(model, childPath, target, traits, `${where} ${childPath}`);
    if (constrained(c)) out.push(c);
    walk(model, target, childPath, [...stack, id], out, where);
  };
  const join = (name: string) => (path ? `${path}.${name}` : name);
  if (shape.type === "structure" || shape.type === "union") {
    for (const [name, member] of Object.entries(shape.members ?? {})) visit(join(name), member.target, member.traits);
  } else if (shape.type === "list" || shape.type === "set") {
    visit(join("*"), shape.member!.target, shape.member!.traits);
  } else if (shape.type === "map") {
    visit(join("*"), shape.value!.target, shape.value!.traits);
  }
}

/** One operation's wire binding and input constraints. */
export function modelOperation(model: SmithyModel, namespace: string, name: string): ModelOperation {
  const op = shapeOf(model, `${namespace}#${name}`);
  if (op.type !== "operation") throw new Error(`${namespace}#${name} is not an operation`);
  const http = op.traits?.["smithy.api#http"];
  const input = op.input ? shapeOf(model, op.input.target) : { type: "structure", members: {} };
  const constraints: ModelConstraint[] = [];
  if (op.input) walk(model, op.input.target, "", [], constraints, name);
  const members = Object.entries(input.members ?? {});
  const query = Object.fromEntries(
    members
      .filter(([, m]) => m.traits?.["smithy.api#httpQuery"])
      .map(([member, m]) => [m.traits!["smithy.api#httpQuery"], { member, type: ["integer", "long"].includes(shapeOf(model, m.target).type) ? "integer" : "string" }]),
  );
  const token = members.find(([, m]) => m.traits?.["smithy.api#idempotencyToken"])?.[0];
  return {
    ...(http ? { http: { method: http.method, uri: http.uri, code: http.code ?? 200 } } : {}),
    ...(Object.keys(query).length ? { query } : {}),
    ...(token ? { idempotencyToken: token } : {}),
    constraints,
  } as ModelOperation;
}

/** The namespace of the model's service shape. */
export function serviceNamespace(model: SmithyModel): string {
  const service = Object.keys(model.shapes).find((id) => model.shapes[id]!.type === "service");
  if (!service) throw new Error("the model has no service shape");
  return service.split("#")[0]!;
}
