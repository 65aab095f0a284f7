/**
 * The sandbox's HTTP front: one port for the three APIs (told apart by their SigV4 signing name),
 * the OAuth consent pages and the /_sandbox/ admin endpoints. Every response carries a request id,
 * and none may be framed by another site (CSP frame-ancestors 'none', X-Frame-Options DENY).
 */
import http from "node:http";
import { randomUUID } from "node:crypto";
import { handleAdmin } from "./admin";
import { handleApi, type ApiParts } from "./api";
import { sendJson } from "./http";
import { handleOAuthPage } from "./oauth-pages";

export interface ServerParts extends ApiParts {
  adminToken: string;
}

export function createSandboxServer(parts: ServerParts): http.Server {
  return http.createServer((req, res) => {
    const requestId = randomUUID();
    res.setHeader("x-amzn-RequestId", requestId);
    // Pages with their own policy (the consent page) replace this one and keep frame-ancestors 'none'.
    res.setHeader("content-security-policy", "frame-ancestors 'none'");
    res.setHeader("x-frame-options", "DENY");
    res.setHeader("x-content-type-options", "nosniff");
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://sandbox.invalid");
    } catch {
      return sendJson(res, 400, { message: "Bad request target" });
    }
    const work = url.pathname.startsWith("/_sandbox/")
      ? handleAdmin(req, res, url, { store: parts.context.store, faults: parts.faults, recorder: parts.recorder, adminToken: parts.adminToken, baseUrl: parts.context.baseUrl })
      : handleOAuthPage(req, res, url, parts.context.store).then((handled) => (handled ? undefined : handleApi(req, res, url, parts, requestId)));
    work.catch(() => {
      if (!res.headersSent) sendJson(res, 500, { message: "Internal error" });
      else res.destroy();
    });
  });
}
