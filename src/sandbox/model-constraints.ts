/**
 * The constraints AWS's Smithy models put on each operation's input, as generated into
 * generated/model-constraints.ts, turned into rules for the rule engine, plus each operation's wire
 * binding. Services add only what a model cannot say (selectedBy, oneOf, forbidden, ARN kinds).
 */
import { MODEL_CONSTRAINTS } from "./generated/model-constraints";
import type { ModelServiceName } from "./model-sources";
import type { Operation, QueryMember } from "./operation";
import type { Rule } from "./rules";

/** Every constraint the model puts on one member (path as in rules: names joined by dots, `*` for list items and map values). */
export interface ModelConstraint {
  path: string;
  /** The member's shape type in the model (string, integer, enum, structure, list, map, ...). */
  type: string;
  required?: true;
  /** Strings: Unicode code points; lists: items; maps: entries. */
  length?: { min?: number; max?: number };
  /** ECMA-262 as the model writes it (unanchored unless it has ^/$, so it is searched for). */
  pattern?: string;
  /** A reviewed rewrite of `pattern` that matches the same strings in linear time; run instead of it. */
  safePattern?: string;
  range?: { min?: number; max?: number };
  enum?: readonly string[];
}

export interface ModelOperation {
  /** restJson1 only. */
  http?: { method: string; uri: string; code: number };
  /** httpQuery bindings: query name -> member. */
  query?: Readonly<Record<string, QueryMember>>;
  idempotencyToken?: string;
  constraints: readonly ModelConstraint[];
}

const lengthKind = (type: string): "string" | "list" | "map" | undefined =>
  type === "string" || type === "list" || type === "map" ? type : type === "set" ? "list" : undefined;

/** The rule-engine rules for one member's constraints. */
export function constraintRules(c: ModelConstraint): Rule[] {
  const rules: Rule[] = [];
  const { path } = c;
  if (c.required) rules.push({ path, required: true });
  if (c.enum) rules.push({ path, enum: c.enum });
  if (c.range) rules.push({ path, range: [c.range.min, c.range.max] });
  if (c.pattern !== undefined) {
    // Length and pattern in one rule: the pattern never runs on a value the length already refused.
    // Messages show the model's pattern as written (RegExp.source would escape its slashes).
    rules.push({ path, pattern: new RegExp(c.safePattern ?? c.pattern, "u"), min: c.length?.min, max: c.length?.max, shown: c.pattern });
  } else if (c.length) {
    rules.push({ path, length: [c.length.min, c.length.max], of: lengthKind(c.type) });
  }
  return rules;
}

/**
 * An operation's name, wire binding and rules, to spread into its Operation: the model's, then the
 * service rules the model cannot express.
 */
export function modelOperation(service: ModelServiceName, name: string, serviceRules: readonly Rule[] = []): Pick<Operation, "name" | "http" | "code" | "idempotencyToken" | "rules"> {
  const model: ModelOperation | undefined = MODEL_CONSTRAINTS[service]?.[name];
  if (!model) throw new Error(`no generated model constraints for ${service}.${name}: add it to model-sources.ts and run npm run sandbox:constraints`);
  return {
    name,
    ...(model.http ? { http: { method: model.http.method, uri: model.http.uri, ...(model.query ? { query: model.query } : {}) } } : {}),
    code: model.http?.code ?? 200,
    ...(model.idempotencyToken ? { idempotencyToken: model.idempotencyToken } : {}),
    rules: [...model.constraints.flatMap(constraintRules), ...serviceRules],
  };
}
