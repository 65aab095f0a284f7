/** Validation of the structured auth settings (API key lists, policies); src/config.ts reads the env. */
import type { ApiKeyEntry, CallerPolicy } from "./types";

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string" && item.length > 0);
}

/** A policy object as configured (API key entry, default policy, JWT policy claim); throws with `where` on a bad one. */
export function parsePolicy(value: unknown, where: string): CallerPolicy {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error(`${where} must be an object`);
  const raw = value as Record<string, unknown>;
  const policy: CallerPolicy = {};
  for (const key of Object.keys(raw)) {
    if (key !== "allowedArnPrefixes" && key !== "allowedUrlHosts") throw new Error(`${where}: unknown policy setting ${key}`);
  }
  if (raw.allowedArnPrefixes !== undefined) {
    if (!isStringList(raw.allowedArnPrefixes) || !raw.allowedArnPrefixes.every((p) => p.startsWith("arn:"))) {
      throw new Error(`${where}.allowedArnPrefixes must be a list of ARN prefixes (arn:...)`);
    }
    policy.allowedArnPrefixes = raw.allowedArnPrefixes;
  }
  if (raw.allowedUrlHosts !== undefined) {
    if (!isStringList(raw.allowedUrlHosts) || !raw.allowedUrlHosts.every((h) => /^(\*\.)?[a-z0-9.-]+$/i.test(h))) {
      throw new Error(`${where}.allowedUrlHosts must be a list of host names (optionally *.domain)`);
    }
    policy.allowedUrlHosts = raw.allowedUrlHosts.map((h) => h.toLowerCase());
  }
  return policy;
}

/** The API key list (`[{ name, hash, scopes, policy? }]`); hashes are hex SHA-256 of the key. */
export function parseApiKeys(text: string, where: string): ApiKeyEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not valid JSON`);
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new Error(`${where} must be a non-empty JSON list of { name, hash, scopes }`);
  const names = new Set<string>();
  return raw.map((item: unknown, index) => {
    const at = `${where}[${index}]`;
    if (item === null || typeof item !== "object") throw new Error(`${at} must be an object`);
    const entry = item as Record<string, unknown>;
    if (typeof entry.name !== "string" || entry.name === "") throw new Error(`${at}.name must be a non-empty string`);
    if (names.has(entry.name)) throw new Error(`${at}.name ${entry.name} is used twice`);
    names.add(entry.name);
    if (typeof entry.hash !== "string" || !/^[0-9a-f]{64}$/i.test(entry.hash)) {
      throw new Error(`${at}.hash must be the hex SHA-256 of the key (64 hex digits), never the key itself`);
    }
    if (!Array.isArray(entry.scopes) || !entry.scopes.every((s) => typeof s === "string")) throw new Error(`${at}.scopes must be a list of scopes`);
    return {
      name: entry.name,
      hash: entry.hash.toLowerCase(),
      scopes: entry.scopes as string[],
      ...(entry.policy !== undefined ? { policy: parsePolicy(entry.policy, `${at}.policy`) } : {}),
    };
  });
}

export function parsePolicyJson(text: string, where: string): CallerPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not valid JSON`);
  }
  return parsePolicy(raw, where);
}
