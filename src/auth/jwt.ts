/**
 * Bearer JWTs, checked with jose: signature against the issuer's JWKS (cached; an unknown `kid`
 * triggers a re-fetch, so key rotation needs no restart) or against one static public key, then
 * issuer, audience, expiry and not-before with the configured clock tolerance.
 */
import { createPublicKey, type KeyObject } from "node:crypto";
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { parsePolicy } from "./settings";
import type { CallerPolicy, Caller, JwtSettings } from "./types";
import { AuthenticationFailure } from "./failure";

function staticKey(text: string): KeyObject | JWTVerifyGetKey {
  const trimmed = text.trim();
  if (trimmed.startsWith("-----BEGIN")) return createPublicKey(trimmed);
  let jwk: Record<string, unknown>;
  try {
    jwk = JSON.parse(trimmed);
  } catch {
    throw new Error("GATEWAY_JWT_PUBLIC_KEY must be a PEM public key, a JWK or a JWKS");
  }
  if (Array.isArray(jwk.keys)) return createLocalJWKSet(jwk as never);
  if (jwk.kty === "oct") throw new Error("GATEWAY_JWT_PUBLIC_KEY must be an asymmetric public key");
  return createPublicKey({ key: jwk as never, format: "jwk" });
}

/** `scope` (space-separated, RFC 8693/9068) and `scp` (list or string, Okta/Azure) both count. */
export function scopesOf(payload: JWTPayload): Set<string> {
  const scopes = new Set<string>();
  for (const claim of [payload.scope, payload.scp]) {
    const items = Array.isArray(claim) ? claim : typeof claim === "string" ? claim.split(" ") : [];
    for (const item of items) if (typeof item === "string" && item !== "") scopes.add(item);
  }
  return scopes;
}

function describe(error: unknown): AuthenticationFailure {
  if (error instanceof errors.JWTExpired) return AuthenticationFailure.invalidToken("The token has expired.", "expired");
  if (error instanceof errors.JWTClaimValidationFailed) {
    const reasons: Record<string, [string, string]> = {
      iss: ["The token's issuer is not accepted.", "issuer"],
      aud: ["The token's audience is not accepted.", "audience"],
      nbf: ["The token is not valid yet.", "not-before"],
      exp: ["The token has no expiry.", "no-expiry"],
    };
    const [message, reason] = reasons[error.claim] ?? [`The token's ${error.claim} claim is not accepted.`, `claim-${error.claim}`];
    return AuthenticationFailure.invalidToken(message, reason);
  }
  if (error instanceof errors.JWKSNoMatchingKey) return AuthenticationFailure.invalidToken("No key of the issuer matches the token.", "unknown-key");
  if (error instanceof errors.JWSSignatureVerificationFailed) return AuthenticationFailure.invalidToken("The token's signature is not valid.", "bad-signature");
  if (error instanceof errors.JOSEAlgNotAllowed) return AuthenticationFailure.invalidToken("The token's algorithm is not accepted.", "algorithm");
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) {
    // The issuer's keys could not be fetched (or were unusable): not the caller's fault.
    return AuthenticationFailure.unavailable();
  }
  return AuthenticationFailure.invalidToken("The token is malformed.", "malformed");
}

export function createJwtVerifier(settings: JwtSettings, defaultPolicy?: CallerPolicy): (token: string) => Promise<Caller> {
  const key: KeyObject | JWTVerifyGetKey = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl), {
        cacheMaxAge: settings.jwksCacheMaxAgeMs,
        cooldownDuration: settings.jwksCooldownMs,
        timeoutDuration: settings.jwksTimeoutMs,
      })
    : staticKey(settings.publicKey!);
  const options = {
    issuer: settings.issuer,
    audience: settings.audience,
    algorithms: settings.algorithms,
    clockTolerance: settings.clockToleranceSec,
    requiredClaims: ["exp"],
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } =
        typeof key === "function" ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
    } catch (error) {
      throw describe(error);
    }
    const id = payload.sub ?? (typeof payload.client_id === "string" ? payload.client_id : undefined) ?? (typeof payload.azp === "string" ? payload.azp : undefined);
    if (!id) throw AuthenticationFailure.invalidToken("The token names no subject.", "no-subject");
    let policy = defaultPolicy;
    if (settings.policyClaim && payload[settings.policyClaim] !== undefined) {
      try {
        policy = parsePolicy(payload[settings.policyClaim], "policy claim");
      } catch {
        throw AuthenticationFailure.invalidToken("The token's policy claim is not valid.", "bad-policy-claim");
      }
    }
    return { kind: "jwt", id, scopes: scopesOf(payload), ...(policy ? { policy } : {}) };
  };
}
