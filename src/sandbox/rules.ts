/**
 * One small engine for the declarative rule tables each operation writes from its model. Paths are
 * member names joined by dots; `*` walks every element of a list or value of a map. Messages follow
 * AWS's "Value at 'a.b' failed to satisfy constraint: ..." and never contain a submitted value.
 */
import { ARN_KINDS, type ArnKind } from "./formats";

/** A condition on another member (no `*`): its value is / is not one of, or it is given. */
export interface Condition {
  path: string;
  is?: readonly string[];
  isNot?: readonly string[];
  present?: boolean;
}

export type Rule =
  /** Must be given wherever its parent is (and `when` holds). */
  | { path: string; required: true; when?: Condition }
  /** Must not be given when `when` holds (a member of another auth kind). */
  | { path: string; forbidden: true; when: Condition }
  | { path: string; enum: readonly string[] }
  /** Names and ids: the model's pattern and length. */
  | { path: string; pattern: RegExp; min?: number; max?: number }
  | { path: string; arn: ArnKind }
  /** A whole number within the model's range. */
  | { path: string; range: readonly [number, number] }
  /** The structure at `path` holds exactly one alternative (at most one if `optional`); a group counts if any of it is given. */
  | { path: string; oneOf: readonly (string | readonly string[])[]; optional?: boolean }
  /** The structure at `path` holds exactly the one member that the value at `selectedBy` picks. */
  | { path: string; selectedBy: string; members: Readonly<Record<string, string>> };

interface Found {
  at: string[];
  value: unknown;
}

const isStruct = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const given = (v: unknown) => v !== undefined && v !== null;

function find(root: unknown, path: string): Found[] {
  let current: Found[] = [{ at: [], value: root }];
  if (path === "") return current;
  for (const key of path.split(".")) {
    const next: Found[] = [];
    for (const { at, value } of current) {
      if (key === "*") {
        // Positions, not map keys: a key is a submitted value.
        const items = Array.isArray(value) ? value : isStruct(value) ? Object.values(value) : [];
        items.forEach((item, i) => next.push({ at: [...at, String(i + 1)], value: item }));
      } else if (isStruct(value)) {
        next.push({ at: [...at, key], value: value[key] });
      }
    }
    current = next;
  }
  return current;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const shown = (at: readonly string[]) => at.map(lowerFirst).join(".");
const fail = (at: readonly string[], constraint: string) => `Value at '${shown(at)}' failed to satisfy constraint: ${constraint}`;

function holds(root: unknown, c: Condition): boolean {
  const value = find(root, c.path)[0]?.value;
  if (c.present !== undefined && given(value) !== c.present) return false;
  if (c.is && !c.is.includes(value as string)) return false;
  if (c.isNot && c.isNot.includes(value as string)) return false;
  return true;
}

function describe(c: Condition): string {
  const name = `'${shown(c.path.split("."))}'`;
  if (c.is) return `when ${name} is ${c.is.join(" or ")}`;
  if (c.isNot) return `unless ${name} is ${c.isNot.join(" or ")}`;
  return c.present === false ? `when ${name} is not given` : `when ${name} is given`;
}

/** Splits "a.b.c" into the parent "a.b" and the member "c". */
function split(path: string): [string, string] {
  const i = path.lastIndexOf(".");
  return i < 0 ? ["", path] : [path.slice(0, i), path.slice(i + 1)];
}

function check(root: unknown, rule: Rule): string[] {
  const out: string[] = [];
  if ("required" in rule || "forbidden" in rule) {
    if (rule.when && !holds(root, rule.when)) return out;
    const [parentPath, member] = split(rule.path);
    for (const parent of find(root, parentPath)) {
      if (!isStruct(parent.value)) continue;
      const at = [...parent.at, member];
      if ("required" in rule && !given(parent.value[member])) {
        out.push(fail(at, `Member must not be null${rule.when ? ` ${describe(rule.when)}` : ""}`));
      }
      if ("forbidden" in rule && given(parent.value[member])) out.push(fail(at, `Member must not be given ${describe(rule.when)}`));
    }
    return out;
  }
  if ("oneOf" in rule || "selectedBy" in rule) {
    for (const { at, value } of find(root, rule.path)) {
      if (!isStruct(value)) continue;
      if ("oneOf" in rule) {
        const count = rule.oneOf.filter((alt) => (typeof alt === "string" ? [alt] : alt).some((m) => given(value[m]))).length;
        if (count > 1 || (count === 0 && !rule.optional)) {
          const names = rule.oneOf.map((alt) => (typeof alt === "string" ? lowerFirst(alt) : alt.map(lowerFirst).join("+")));
          out.push(fail(at, `Member must contain ${rule.optional ? "at most" : "exactly"} one of [${names.join(", ")}]`));
        }
        continue;
      }
      const selector = find(root, rule.selectedBy)[0]?.value;
      if (typeof selector !== "string") continue;
      const expected = rule.members[selector];
      const selectorName = `'${shown(rule.selectedBy.split("."))}'`;
      if (!expected) {
        out.push(fail(at, `Member is not supported for the given ${selectorName}`));
        continue;
      }
      const present = [...new Set(Object.values(rule.members))].filter((m) => given(value[m]));
      if (present.length !== 1 || present[0] !== expected) {
        out.push(fail(at, `Member must contain only ${lowerFirst(expected)}, the member that ${selectorName} selects`));
      }
    }
    return out;
  }
  for (const { at, value } of find(root, rule.path)) {
    if (!given(value)) continue;
    if ("range" in rule) {
      const [min, max] = rule.range;
      if (!Number.isInteger(value)) out.push(fail(at, "Member must be an integer"));
      else if ((value as number) < min || (value as number) > max) out.push(fail(at, `Member must have value between ${min} and ${max}`));
    } else if (typeof value !== "string") {
      out.push(fail(at, "Member must be a string"));
    } else if ("enum" in rule) {
      if (!rule.enum.includes(value)) out.push(fail(at, `Member must satisfy enum value set: [${rule.enum.join(", ")}]`));
    } else if ("arn" in rule) {
      const kind = ARN_KINDS[rule.arn];
      if (!kind.pattern.test(value)) out.push(fail(at, `Member must be ${kind.what}`));
    } else {
      if (rule.min !== undefined && value.length < rule.min) out.push(fail(at, `Member must have length greater than or equal to ${rule.min}`));
      else if (rule.max !== undefined && value.length > rule.max) out.push(fail(at, `Member must have length less than or equal to ${rule.max}`));
      else if (!rule.pattern.test(value)) out.push(fail(at, `Member must satisfy regular expression pattern: ${rule.pattern.source}`));
    }
  }
  return out;
}

/** Model constraints first (as AWS validates the shape before its own checks), then cross-member rules. */
const isModelRule = (r: Rule) => ("required" in r && !r.when) || "enum" in r || "pattern" in r || "arn" in r || "range" in r;

/** The AWS ValidationException message for an input, or undefined when it passes. */
export function validate(input: unknown, rules: readonly Rule[]): string | undefined {
  for (const phase of [rules.filter(isModelRule), rules.filter((r) => !isModelRule(r))]) {
    const violations = phase.flatMap((rule) => check(input, rule));
    if (violations.length) {
      return `${violations.length} validation error${violations.length > 1 ? "s" : ""} detected: ${violations.join("; ")}`;
    }
  }
  return undefined;
}
