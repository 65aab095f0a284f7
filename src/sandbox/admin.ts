/**
 * The sandbox's own endpoints under /_sandbox/: health, fault configuration, reset. Not AWS APIs.
 *
 * No cross-site request reaches them: every route but GET /_sandbox/health needs the admin token
 * (header x-sandbox-admin-token, printed by `npm run sandbox`, on RunningSandbox.adminToken when
 * embedded) or a same-origin browser request (Origin: the sandbox's own loopback origin, which a DNS
 * rebinding page cannot claim); PUT and POST also need a JSON content type, which a cross-site page
 * can only send after a CORS preflight that the sandbox never grants.
 */
import type http from "node:http";
import { timingSafeEqual } from "node:crypto";
import type { FaultController } from "./faults";
import { readBody, sendJson } from "./http";
import type { Recorder } from "./recorder";
import type { SandboxStore } from "./store";

export interface AdminParts {
  store: SandboxStore;
  faults: FaultController;
  recorder: Recorder;
  adminToken: string;
  /** The sandbox's own URL, e.g. http://127.0.0.1:4599. */
  baseUrl: string;
}

export const ADMIN_TOKEN_HEADER = "x-sandbox-admin-token";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A browser request from a page the sandbox itself served, on a loopback name of its own port. */
function sameOrigin(req: http.IncomingMessage, baseUrl: string): boolean {
  const origin = req.headers.origin;
  const site = req.headers["sec-fetch-site"];
  if (!origin || (site !== undefined && site !== "same-origin")) return false;
  let o: URL;
  let own: URL;
  try {
    o = new URL(origin);
    own = new URL(baseUrl);
  } catch {
    return false;
  }
  return o.protocol === own.protocol && o.port === own.port && (o.hostname === own.hostname || LOOPBACK_HOSTS.has(o.hostname)) && o.origin === origin;
}

function authorized(req: http.IncomingMessage, parts: AdminParts): boolean {
  const given = req.headers[ADMIN_TOKEN_HEADER];
  if (typeof given === "string" && sameSecret(given, parts.adminToken)) return true;
  return sameOrigin(req, parts.baseUrl);
}

const isJson = (req: http.IncomingMessage) => (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";

export async function handleAdmin(req: http.IncomingMessage, res: http.ServerResponse, url: URL, parts: AdminParts): Promise<void> {
  const route = `${req.method} ${url.pathname}`;
  if (route === "GET /_sandbox/health") return sendJson(res, 200, { status: "ok" });
  if (!authorized(req, parts)) {
    return sendJson(res, 403, { message: `sandbox admin routes need the ${ADMIN_TOKEN_HEADER} header (printed at start) or a same-origin request` });
  }
  if ((req.method === "PUT" || req.method === "POST") && !isJson(req)) {
    return sendJson(res, 415, { message: "sandbox admin routes take content-type: application/json" });
  }
  if (route === "GET /_sandbox/faults") return sendJson(res, 200, { config: parts.faults.get(), applied: parts.faults.applied });
  if (route === "PUT /_sandbox/faults") {
    let config: unknown;
    try {
      config = JSON.parse(await readBody(req));
    } catch {
      return sendJson(res, 400, { message: "the body must be a JSON fault configuration" });
    }
    try {
      parts.faults.set(config as never);
    } catch (error) {
      return sendJson(res, 400, { message: (error as Error).message });
    }
    return sendJson(res, 200, { config: parts.faults.get(), applied: parts.faults.applied });
  }
  if (route === "POST /_sandbox/reset") {
    parts.store.reset();
    parts.recorder.clear();
    return sendJson(res, 200, { status: "reset" });
  }
  sendJson(res, 404, { message: "unknown sandbox admin route: GET /_sandbox/health, GET|PUT /_sandbox/faults, POST /_sandbox/reset" });
}
