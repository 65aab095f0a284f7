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
  /**
   * Names and ids: the model's length (in Unicode code points, as Smithy counts) then its pattern.
   * `shown` is the model's pattern as written (`pattern` may be a reviewed linear-time rewrite of it).
   */
  | { path: string; pattern: RegExp; min?: number; max?: number; shown?: string }
  /** The model's length trait on a string without pattern (code points), a list (items) or a map (entries). */
  | { path: string; length: readonly [number | undefined, number | undefined]; of?: "string" | "list" | "map" }
  | { path: string; arn: ArnKind }
  /** A whole number within the model's range (either end may be open). */
  | { path: string; range: readonly [number | undefined, number | undefined] }
  /** The structure at `path` holds exactly one alternative (at most one if `optional`); a group counts if any of it is given. */
  | { path: string; oneOf: readonly (string | readonly string[])[]; optional?: boolean }
  /** The structure at `path` holds exactly the one member that the value at `selectedBy` picks (or none, if `optional`). */
  | { path: string; selectedBy: string; members: Readonly<Record<string, string>>; optional?: boolean };

interface Found {
  at: string[];
  value: unknown;
}

const isStruct = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const given = (v: unknown) => v !== undefined && v !== null;

const segments = new Map<string, string[]>();

function find(root: unknown, path: string): Found[] {
  let current: Found[] = [{ at: [], value: root }];
  if (path === "") return current;
  let keys = segments.get(path);
  if (!keys) segments.set(path, (keys = path.split(".")));
  // Most rules name members of another variant than the one sent: stop at the first missing parent.
  for (let k = 0; k < keys.length && current.length > 0; k++) {
    const key = keys[k]!;
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

/** Length as Smithy counts it: Unicode code points, not UTF-16 units. */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function lengthViolation(length: number, min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && length < min) return `Member must have length greater than or equal to ${min}`;
  if (max !== undefined && length > max) return `Member must have length less than or equal to ${max}`;
  return undefined;
}

function rangeViolation(value: number, [min, max]: readonly [number | undefined, number | undefined]): string | undefined {
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return undefined;
  if (min !== undefined && max !== undefined) return `Member must have value between ${min} and ${max}`;
  return min !== undefined ? `Member must have value greater than or equal to ${min}` : `Member must have value less than or equal to ${max}`;
}

/** The JSON kind a length rule applies to, for a type check with AWS's wording. */
function lengthOf(value: unknown, of: "string" | "list" | "map" | undefined): number | string {
  if (typeof value === "string" && (of ?? "string") === "string") return codePoints(value);
  if (Array.isArray(value) && (of ?? "list") === "list") return value.length;
  if (isStruct(value) && (of ?? "map") === "map") return Object.keys(value).length;
  return `Member must be a ${of ?? "string"}`;
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
      if (rule.optional && present.length === 0) continue;
      if (present.length !== 1 || present[0] !== expected) {
        out.push(fail(at, `Member must contain only ${lowerFirst(expected)}, the member that ${selectorName} selects`));
      }
    }
    return out;
  }
  for (const { at, value } of find(root, rule.path)) {
    if (!given(value)) continue;
    if ("range" in rule) {
      const problem = Number.isInteger(value) ? rangeViolation(value as number, rule.range) : "Member must be an integer";
      if (problem) out.push(fail(at, problem));
    } else if ("length" in rule) {
      const length = lengthOf(value, rule.of);
      const problem = typeof length === "string" ? length : lengthViolation(length, rule.length[0], rule.length[1]);
      if (problem) out.push(fail(at, problem));
    } else if (typeof value !== "string") {
      out.push(fail(at, "Member must be a string"));
    } else if ("enum" in rule) {
      if (!rule.enum.includes(value)) out.push(fail(at, `Member must satisfy enum value set: [${rule.enum.join(", ")}]`));
    } else if ("arn" in rule) {
      const kind = ARN_KINDS[rule.arn];
      if (!kind.pattern.test(value)) out.push(fail(at, `Member must be ${kind.what}`));
    } else {
      // Length first: a pattern never runs on a value longer than the model allows.
      const problem = lengthViolation(codePoints(value), rule.min, rule.max);
      if (problem) out.push(fail(at, problem));
      else if (!rule.pattern.test(value)) out.push(fail(at, `Member must satisfy regular expression pattern: ${rule.shown ?? rule.pattern.source}`));
    }
  }
  return out;
}

/** Model constraints first (as AWS validates the shape before its own checks), then cross-member rules. */
const isModelRule = (r: Rule) => ("required" in r && !r.when) || "enum" in r || "pattern" in r || "length" in r || "arn" in r || "range" in r;

/**
 * What a rule's `find` must walk through before it can yield anything: the structures above the
 * member it checks (for required/forbidden, above the parent it looks in), up to the first `*`. Most
 * of an operation's rules name members of a variant that was not sent (AppFlow's 206 profile rules
 * cover every connector type), so one walk per distinct guard, shared by the rules under it, skips
 * them: a rule whose guard is missing would have found nothing, so skipping it changes no message.
 */
interface Guarded {
  rule: Rule;
  /** Keys from the root; empty when the rule can always run. */
  guard: string[];
  /** The value at the guard must be a structure, or (before a `*`) a structure or a list. */
  items: boolean;
  /** The guard as one string, to walk each distinct guard once per call. */
  id: string;
}

function guarded(rule: Rule): Guarded {
  const anchor = "required" in rule || "forbidden" in rule ? split(rule.path)[0] : rule.path;
  const keys = anchor === "" ? [] : anchor.split(".");
  const star = keys.indexOf("*");
  const guard = keys.slice(0, star === -1 ? Math.max(keys.length - 1, 0) : star);
  return { rule, guard, items: star !== -1, id: `${guard.join(".")}${star !== -1 ? ".*" : ""}` };
}

function reachable(root: unknown, { guard, items }: Guarded): boolean {
  let value = root;
  for (const key of guard) {
    if (!isStruct(value)) return false;
    value = value[key];
  }
  return isStruct(value) || (items && Array.isArray(value));
}

/** The AWS ValidationException message for an input, or undefined when it passes. */
const phases = new WeakMap<readonly Rule[], Guarded[][]>();

export function validate(input: unknown, rules: readonly Rule[]): string | undefined {
  let split = phases.get(rules);
  if (!split) phases.set(rules, (split = [rules.filter(isModelRule).map(guarded), rules.filter((r) => !isModelRule(r)).map(guarded)]));
  const walked = new Map<string, boolean>();
  for (const phase of split) {
    const violations: string[] = [];
    for (const entry of phase) {
      if (entry.guard.length > 0) {
        let ok = walked.get(entry.id);
        if (ok === undefined) walked.set(entry.id, (ok = reachable(input, entry)));
        if (!ok) continue;
      }
      violations.push(...check(input, entry.rule));
    }
    if (violations.length) {
      return `${violations.length} validation error${violations.length > 1 ? "s" : ""} detected: ${violations.join("; ")}`;
    }
  }
  return undefined;
}
