/**
 * The HTTP side of authentication: one route, placed after /healthz and GraphiQL's page and assets
 * (which stay open) and before GraphQL. It answers an unauthenticated /graphql request itself
 * (401 with a WWW-Authenticate challenge; no body read, no GraphQL executed) and remembers the
 * caller of an authenticated one for the context factory.
 */
import type http from "node:http";
import type { Logger } from "../server/logger";
import type { RouteHandler } from "../server/http-server";
import { createAuthenticator } from "./authenticate";
import { AuthenticationFailure } from "./failure";
import { anonymousCaller, type AuthConfig, type Caller } from "./types";

export interface AuthGate {
  route: RouteHandler;
  /** The caller of a request the route let through. Fails closed: throws for a request it never saw. */
  callerOf(req: http.IncomingMessage): Caller;
}

export function createAuthGate(config: AuthConfig, graphqlPath: string, logger: Logger): AuthGate {
  const authenticator = createAuthenticator(config);
  const callers = new WeakMap<http.IncomingMessage, Caller>();
  const anonymous = anonymousCaller(config.defaultPolicy);
  return {
    async route(req, res, url) {
      if (url.pathname !== graphqlPath || !authenticator.enabled) return false;
      // A CORS preflight carries no credentials by design; Apollo executes nothing for OPTIONS.
      if (req.method === "OPTIONS") return false;
      try {
        callers.set(req, await authenticator.authenticate(req.headers));
        return false;
      } catch (error) {
        const failure = error instanceof AuthenticationFailure ? error : AuthenticationFailure.unavailable();
        logger.warn("authentication refused", { reason: failure.reason, status: failure.status });
        const headers: Record<string, string> = { "content-type": "application/json", "cache-control": "no-store" };
        if (failure.status === 401) headers["www-authenticate"] = failure.challenge(config.realm);
        else headers["retry-after"] = "30";
        res.writeHead(failure.status, headers);
        res.end(JSON.stringify({ errors: [{ message: failure.message, extensions: { code: failure.status === 401 ? "UNAUTHENTICATED" : "AUTH_UNAVAILABLE" } }] }));
        return true;
      }
    },
    callerOf(req) {
      if (!authenticator.enabled) return anonymous;
      const caller = callers.get(req);
      if (!caller) throw new Error("request reached GraphQL without authentication");
      return caller;
    },
  };
}
