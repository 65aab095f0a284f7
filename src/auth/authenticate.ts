/**
 * Authentication of /graphql requests, before their body is read and before any GraphQL runs.
 * Credentials: `Authorization: Bearer <JWT or API key>`, or `X-API-Key: <key>`. With both methods
 * on, a bearer token shaped like a JWT (three dot-separated parts) is a JWT, anything else an API key.
 */
import type http from "node:http";
import { createApiKeyVerifier } from "./api-keys";
import { AuthenticationFailure } from "./failure";
import type { createJwtVerifier as CreateJwtVerifier } from "./jwt";
import { anonymousCaller, type AuthConfig, type Caller } from "./types";

export interface Authenticator {
  /** False with GATEWAY_AUTH=none: every request is the anonymous caller with every scope. */
  readonly enabled: boolean;
  /** The caller, or throws an AuthenticationFailure. */
  authenticate(headers: http.IncomingHttpHeaders): Promise<Caller>;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  if (config.methods.length === 0) {
    const caller = anonymousCaller(config.defaultPolicy);
    return { enabled: false, authenticate: async () => caller };
  }
  // jose (and ./jwt) load only when JWTs are accepted: ~100 ms of a start that takes none.
  const verifyJwt = config.jwt ? (require("./jwt") as { createJwtVerifier: typeof CreateJwtVerifier }).createJwtVerifier(config.jwt, config.defaultPolicy) : undefined;
  const findKey = config.apiKeys ? createApiKeyVerifier(config.apiKeys) : undefined;

  const byApiKey = (key: string): Caller => {
    const entry = findKey!(key);
    if (!entry) throw AuthenticationFailure.invalidToken("The API key is not valid.", "unknown-api-key");
    const policy = entry.policy ?? config.defaultPolicy;
    return { kind: "api-key", id: entry.name, scopes: new Set(entry.scopes), ...(policy ? { policy } : {}) };
  };

  return {
    enabled: true,
    async authenticate(headers) {
      const authorization = single(headers.authorization)?.trim();
      const apiKeyHeader = findKey ? single(headers["x-api-key"])?.trim() : undefined;
      if (authorization && apiKeyHeader) throw AuthenticationFailure.invalidRequest("Send one credential: Authorization or X-API-Key, not both.", "two-credentials");
      if (apiKeyHeader) return byApiKey(apiKeyHeader);
      if (!authorization) throw AuthenticationFailure.missing();
      const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)$/i.exec(authorization);
      if (!match) throw AuthenticationFailure.invalidRequest("The Authorization header must be: Bearer <token>.", "not-bearer");
      const token = match[1]!;
      const looksLikeJwt = token.split(".").length === 3;
      if (verifyJwt && (looksLikeJwt || !findKey)) return verifyJwt(token);
      return byApiKey(token);
    },
  };
}
