/**
 * A connection's state over time. Authorizing and deauthorizing take the sandbox's authorize delay,
 * so a client sees AUTHORIZING / DEAUTHORIZING first, as on AWS, then the outcome. OAuth fails as it
 * does on AWS when the token endpoint cannot be reached: the sandbox never calls out, so it treats
 * a host under the reserved `.invalid` TLD (RFC 2606) as unreachable.
 */
import { epochSeconds } from "../../ids";
import type { SandboxContext } from "../../operation";

/** The DescribeConnection members that are stored as they are, plus the state machine. */
export interface StoredConnection {
  ConnectionArn: string;
  Name: string;
  Description?: string;
  AuthorizationType: string;
  AuthParameters: Record<string, unknown>;
  InvocationConnectivityParameters?: unknown;
  KmsKeyIdentifier?: string;
  SecretArn: string;
  CreationTime: number;
  LastModifiedTime: number;
  /** `state` until `until` (epoch seconds), then `then` with `reason`. */
  phase: { state: string; until: number; then: string; reason?: string };
  /** When the connection was (or, while AUTHORIZING, will be) last authorized. */
  authorizedAt?: number;
}

const UNREACHABLE_REASON =
  "Failed to authorize the connection: the OAuth token endpoint (AuthorizationEndpoint) could not be reached; its host does not resolve.";
const DEAUTHORIZED_REASON = "The connection was deauthorized with DeauthorizeConnection; update it with new credentials to authorize it again.";

/** An endpoint the sandbox plays as unreachable: not a URL, or a host under `.invalid`. */
export function unreachable(endpoint: string): boolean {
  try {
    const host = new URL(endpoint).hostname.toLowerCase().replace(/\.$/, "");
    return host === "invalid" || host.endsWith(".invalid");
  } catch {
    return true;
  }
}

/** Starts authorizing: at once for BASIC and API_KEY, after the delay (and maybe failing) for OAuth. */
export function authorize(c: StoredConnection, ctx: SandboxContext): void {
  const now = epochSeconds(ctx.now());
  const oauth = c.AuthorizationType === "OAUTH_CLIENT_CREDENTIALS";
  if (!oauth) {
    c.phase = { state: "AUTHORIZED", until: now, then: "AUTHORIZED" };
    c.authorizedAt = now;
    return;
  }
  const until = now + ctx.oauthAuthorizeDelayMs / 1000;
  const endpoint = (c.AuthParameters.OAuthParameters as { AuthorizationEndpoint?: string } | undefined)?.AuthorizationEndpoint ?? "";
  if (unreachable(endpoint)) {
    c.phase = { state: "AUTHORIZING", until, then: "DEAUTHORIZED", reason: UNREACHABLE_REASON };
  } else {
    c.phase = { state: "AUTHORIZING", until, then: "AUTHORIZED" };
    c.authorizedAt = until;
  }
}

export function deauthorize(c: StoredConnection, ctx: SandboxContext): void {
  c.phase = { state: "DEAUTHORIZING", until: epochSeconds(ctx.now()) + ctx.oauthAuthorizeDelayMs / 1000, then: "DEAUTHORIZED", reason: DEAUTHORIZED_REASON };
}

/** A connection kept by an older sandbox (a data file from before phases) reads as settled and authorized. */
const phaseOf = (c: StoredConnection) => c.phase ?? { state: "AUTHORIZED", until: 0, then: "AUTHORIZED" };

export function stateOf(c: StoredConnection, ctx: SandboxContext): { state: string; reason?: string } {
  const phase = phaseOf(c);
  const settled = epochSeconds(ctx.now()) >= phase.until;
  return settled ? { state: phase.then, ...(phase.reason ? { reason: phase.reason } : {}) } : { state: phase.state };
}

export const inTransition = (c: StoredConnection, ctx: SandboxContext) => epochSeconds(ctx.now()) < phaseOf(c).until;

/** LastAuthorizedTime, once it is in the past. */
export function lastAuthorized(c: StoredConnection, ctx: SandboxContext): { LastAuthorizedTime?: number } {
  return c.authorizedAt !== undefined && c.authorizedAt <= epochSeconds(ctx.now()) ? { LastAuthorizedTime: c.authorizedAt } : {};
}

/** The members CreateConnection, UpdateConnection, DeleteConnection and DeauthorizeConnection answer with. */
export function summary(c: StoredConnection, ctx: SandboxContext, state = stateOf(c, ctx).state) {
  return { ConnectionArn: c.ConnectionArn, ConnectionState: state, CreationTime: c.CreationTime, LastModifiedTime: c.LastModifiedTime, ...lastAuthorized(c, ctx) };
}
