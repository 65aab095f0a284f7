/**
 * Who may call the gateway, and with what: the settings (parsed in src/config.ts) and the caller
 * every request carries in its context once it is authenticated.
 */

/** How callers prove who they are. No method at all is `GATEWAY_AUTH=none`. */
export type AuthMethod = "jwt" | "api-key";

/**
 * What a caller may hand to AWS (see README, "Policy limits"). An absent list is no limit; an empty
 * list allows nothing of that kind.
 */
export interface CallerPolicy {
  /** Every ARN-valued input field (IAM roles, KMS keys, Lambda functions, secrets, resource configurations) must start with one of these. */
  allowedArnPrefixes?: string[];
  /** Every URL-valued input field (token, auth, instance URLs) must have one of these hosts; `*.example.com` allows its subdomains. */
  allowedUrlHosts?: string[];
}

export interface JwtSettings {
  /** JWKS endpoint of the token issuer; keys are cached and re-fetched when an unknown `kid` shows up. */
  jwksUrl?: string;
  /** Or one static public key: PEM (SPKI), a JWK, or a JWKS (`{"keys": [...]}`) as JSON. */
  publicKey?: string;
  issuer: string[];
  audience: string[];
  algorithms: string[];
  clockToleranceSec: number;
  jwksCacheMaxAgeMs: number;
  jwksCooldownMs: number;
  jwksTimeoutMs: number;
  /** Name of a claim holding the caller's policy object; a token without it gets the default policy. */
  policyClaim?: string;
}

/** One API key, as configured: never the key itself, only its SHA-256. */
export interface ApiKeyEntry {
  name: string;
  /** Lower-case hex SHA-256 of the key's UTF-8 bytes. */
  hash: string;
  scopes: string[];
  policy?: CallerPolicy;
}

export interface AuthConfig {
  /** Empty: no authentication, every caller has every scope. */
  methods: AuthMethod[];
  /** GATEWAY_AUTH was set (the `aws` backend refuses to start unless it is, even to `none`). */
  configured: boolean;
  /** `realm` of the WWW-Authenticate challenge. */
  realm: string;
  jwt?: JwtSettings;
  apiKeys?: ApiKeyEntry[];
  /** Policy of callers that bring none of their own (JWTs without the policy claim, API keys without `policy`). */
  defaultPolicy?: CallerPolicy;
}

/** The authenticated caller of one request. */
export interface Caller {
  kind: "jwt" | "api-key" | "anonymous";
  /** JWT subject, API key name, or `anonymous` when authentication is off. Safe to log. */
  id: string;
  /** Granted scopes; `*` is every scope (authentication off). */
  scopes: ReadonlySet<string>;
  policy?: CallerPolicy;
}

export const ALL_SCOPES = "*";

export function anonymousCaller(policy?: CallerPolicy): Caller {
  return { kind: "anonymous", id: "anonymous", scopes: new Set([ALL_SCOPES]), ...(policy ? { policy } : {}) };
}
