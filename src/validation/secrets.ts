/**
 * Registry of write-only input fields. Secret values are collected from an input before an AWS call
 * so that any message that could quote them (AWS errors, logs) is redacted.
 */
const secretFields = new WeakMap<object, Set<string>>();

export function registerSecretField(prototype: object, property: string): void {
  const fields = secretFields.get(prototype) ?? new Set<string>();
  fields.add(property);
  secretFields.set(prototype, fields);
}

export function isSecretField(prototype: object, property: string): boolean {
  for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    if (secretFields.get(p)?.has(property)) return true;
  }
  return false;
}

/** Every non-empty string held by a secret field anywhere inside `value` (class instances). */
export function collectSecretValues(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectSecretValues(item, found);
  } else if (value !== null && typeof value === "object") {
    const prototype = Object.getPrototypeOf(value) as object;
    for (const [key, child] of Object.entries(value)) {
      if (isSecretField(prototype, key)) collectStrings(child, found);
      else collectSecretValues(child, found);
    }
  }
  return found;
}

function collectStrings(value: unknown, found: Set<string>): void {
  if (typeof value === "string") {
    if (value.length > 0) found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, found);
  } else if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) collectStrings(child, found);
  }
}

export const REDACTED = "[redacted]";

/** Replaces every occurrence of each secret in `text`, longest first so overlaps cannot leak a tail. */
export function redact(text: string, secrets: Iterable<string>): string {
  const sorted = [...secrets].sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of sorted) out = out.split(secret).join(REDACTED);
  return out;
}
