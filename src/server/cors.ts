/**
 * CORS for browser frontends on other origins. Only origins listed in GATEWAY_CORS_ORIGINS (exact
 * match) get Access-Control-Allow-Origin; a preflight from any other origin is refused with 403.
 * Apollo's CSRF prevention still applies on top: a cross-origin request must either be
 * `content-type: application/json` (which browsers always preflight) or carry
 * `apollo-require-preflight` / `x-apollo-operation-name`.
 */
import type http from "node:http";
import { normalizeOrigin } from "../config";

export const CORS_ALLOWED_METHODS = "GET, POST, OPTIONS";
export const CORS_ALLOWED_HEADERS = "content-type, authorization, apollo-require-preflight, x-apollo-operation-name";
/** Response headers a cross-origin page may read besides the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = "retry-after";

export interface CorsOptions {
  origins: string[];
  maxAgeS: number;
}

function originOf(value: string | undefined): string | undefined {
  if (!value || value === "null") return undefined;
  try {
    return normalizeOrigin(value);
  } catch {
    return undefined;
  }
}

/**
 * Runs before every route. Answers every OPTIONS request itself (204 for an allowed preflight or a
 * plain OPTIONS, 403 for a preflight from an origin not on the list) and returns true then; on other
 * methods it only adds the CORS response headers for an allowed origin and returns false.
 */
export function cors(options: CorsOptions): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const allowed = new Set(options.origins);
  return (req, res) => {
    const rawOrigin = req.headers.origin;
    const origin = originOf(rawOrigin);
    const originAllowed = origin !== undefined && allowed.has(origin);
    // The answer depends on Origin whenever CORS is configured: caches must not mix them up.
    if (allowed.size > 0) res.setHeader("vary", "Origin");
    if (req.method === "OPTIONS") {
      const preflight = rawOrigin !== undefined && req.headers["access-control-request-method"] !== undefined;
      if (preflight && !originAllowed) {
        res.writeHead(403, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: "Origin not allowed.", extensions: { code: "FORBIDDEN_ORIGIN" } }] }));
        return true;
      }
      const headers: http.OutgoingHttpHeaders = { allow: CORS_ALLOWED_METHODS, "content-length": "0" };
      if (preflight) {
        headers["access-control-allow-origin"] = origin;
        headers["access-control-allow-methods"] = CORS_ALLOWED_METHODS;
        headers["access-control-allow-headers"] = CORS_ALLOWED_HEADERS;
        headers["access-control-max-age"] = String(options.maxAgeS);
      }
      req.resume();
      res.writeHead(204, headers);
      res.end();
      return true;
    }
    if (originAllowed) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("access-control-expose-headers", CORS_EXPOSED_HEADERS);
    }
    return false;
  };
}
