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

/** Name of the schema extension (`extensions.secret`) that marks a write-only input field. */
export const SECRET_EXTENSION = "secret";

/**
 * Secrets shorter than this (in code points) are redacted only where they stand as a whole token
 * (not inside a word): a one-character header value must not turn "Connection" into "Conn[redacted]ction".
 * Longer ones are redacted wherever they occur.
 */
export const MIN_SECRET_LENGTH_ANYWHERE = 8;

/** Letters, digits, marks, `_` and `-` make up a word; anything else (or the text's edge) delimits a token. */
const WORD = /[\p{L}\p{N}\p{M}_-]/u;

function codePointBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1];
}

function codePointAt(text: string, index: number): string | undefined {
  const cp = text.codePointAt(index);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

function isDelimited(text: string, start: number, end: number): boolean {
  const before = codePointBefore(text, start);
  const after = codePointAt(text, end);
  return (before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after));
}

const hex4 = (cp: number) => cp.toString(16).padStart(4, "0");

/** JSON string escaping without the quotes; `asciiOnly` also escapes everything above U+007E as `\uXXXX`. */
function jsonEscape(value: string, asciiOnly: boolean): string {
  const json = JSON.stringify(value).slice(1, -1);
  if (!asciiOnly) return json;
  let out = "";
  for (let i = 0; i < json.length; i++) {
    const unit = json.charCodeAt(i);
    out += unit > 0x7e ? `\\u${hex4(unit)}` : json[i];
  }
  return out;
}

const upperHexEscapes = (text: string) => text.replace(/\\u([0-9a-f]{4})/g, (_m, h: string) => `\\u${h.toUpperCase()}`);
const lowerPercent = (text: string) => text.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());

/**
 * The forms a secret can take inside a message: as is, JSON-escaped (one and two levels, `\uXXXX`
 * for non-ASCII, `\/`), as GraphQL prints strings (upper-case `\uXXXX`), and URL-encoded
 * (component, form with `+`, RFC 3986 strict, URI, lower-case hex).
 */
export function secretForms(secret: string): Set<string> {
  const forms = new Set<string>([secret]);
  for (const json of [jsonEscape(secret, false), jsonEscape(secret, true)]) {
    forms.add(json);
    forms.add(upperHexEscapes(json));
    forms.add(json.replace(/\//g, "\\/"));
    forms.add(jsonEscape(json, false));
  }
  const component = encodeURIComponent(secret);
  const strict = component.replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  let uri: string | undefined;
  try {
    uri = encodeURI(secret);
  } catch {
    uri = undefined; // a lone surrogate cannot be URL-encoded, so it cannot appear encoded either
  }
  for (const url of [component, strict, component.replace(/%20/g, "+"), uri]) {
    if (url === undefined) continue;
    forms.add(url);
    forms.add(lowerPercent(url));
  }
  forms.delete("");
  return forms;
}

/**
 * Replaces each secret, and each escaped form of it, with "[redacted]". Long secrets go wherever
 * they occur; secrets shorter than MIN_SECRET_LENGTH_ANYWHERE only where they are a whole token, so
 * unrelated text stays intact. Matches are found on the original text and merged, so overlapping
 * secrets cannot leave a tail behind and "[redacted]" itself is never matched.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  const spans: Array<[number, number]> = [];
  for (const secret of new Set(secrets)) {
    if (typeof secret !== "string" || secret.length === 0) continue;
    const wholeTokenOnly = [...secret].length < MIN_SECRET_LENGTH_ANYWHERE;
    for (const form of secretForms(secret)) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        if (!wholeTokenOnly || isDelimited(text, at, at + form.length)) spans.push([at, at + form.length]);
      }
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let out = "";
  let cursor = 0;
  for (const [start, end] of merged) {
    out += text.slice(cursor, start) + REDACTED;
    cursor = end;
  }
  return out + text.slice(cursor);
}
