/**
 * A compact declarative rule table per operation, written from the Smithy models: required members,
 * enums, names and ARNs, and which members exclude each other. One small engine interprets it. It
 * deliberately does not reuse the gateway's validators, so it can catch their mistakes.
 */
export type Rule =
  | { required: string }
  | { path: string; enum: readonly string[] }
  | { path: string; format: RegExp; what: string }
  | { exactlyOne: string; of: readonly string[] }
  | { atMostOne: string; of: readonly string[] }
  | { check: (body: any) => string | undefined };

/** Values at a dotted path; `*` walks every element of a list or value of a map. */
export function valuesAt(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const key of path.split(".")) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== "object") continue;
      if (key === "*") next.push(...Object.values(value as object));
      else next.push((value as Record<string, unknown>)[key]);
    }
    current = next;
  }
  return current;
}

/** Like valuesAt, but only where the parent exists (so "a.b" is required only when "a" is present). */
function parentsOf(root: unknown, path: string): Array<{ parent: Record<string, unknown>; key: string }> {
  const keys = path.split(".");
  const last = keys.pop()!;
  const parents = keys.length ? valuesAt(root, keys.join(".")) : [root];
  return parents.filter((p): p is Record<string, unknown> => p !== null && typeof p === "object").map((parent) => ({ parent, key: last }));
}

const present = (v: unknown) => v !== undefined && v !== null;

export function firstViolation(body: unknown, rules: readonly Rule[]): string | undefined {
  for (const rule of rules) {
    if ("required" in rule) {
      for (const { parent, key } of parentsOf(body, rule.required)) {
        if (!present(parent[key])) return `Value at '${rule.required}' failed to satisfy constraint: Member must not be null`;
      }
    } else if ("enum" in rule) {
      for (const v of valuesAt(body, rule.path)) {
        if (present(v) && !rule.enum.includes(v as string)) {
          return `Value at '${rule.path}' failed to satisfy constraint: Member must satisfy enum value set: [${rule.enum.join(", ")}]`;
        }
      }
    } else if ("format" in rule) {
      for (const v of valuesAt(body, rule.path)) {
        if (present(v) && (typeof v !== "string" || !rule.format.test(v))) {
          return `Value at '${rule.path}' failed to satisfy constraint: Member must be ${rule.what}`;
        }
      }
    } else if ("exactlyOne" in rule || "atMostOne" in rule) {
      const path = "exactlyOne" in rule ? rule.exactlyOne : rule.atMostOne;
      for (const container of path === "" ? [body] : valuesAt(body, path)) {
        if (!container || typeof container !== "object") continue;
        const given = rule.of.filter((k) => present((container as Record<string, unknown>)[k]));
        if (given.length > 1 || ("exactlyOne" in rule && given.length === 0)) {
          return `${path || "request"} must contain ${"exactlyOne" in rule ? "exactly" : "at most"} one of [${rule.of.join(", ")}]`;
        }
      }
    } else {
      const message = rule.check(body);
      if (message) return message;
    }
  }
  return undefined;
}

// Formats shared by the tables (names and ARNs only; lengths and other patterns are not repeated).
export const ARN = (service: string) => new RegExp(`^arn:aws:${service}:[a-z0-9-]*:\\d{12}:.+$`);
