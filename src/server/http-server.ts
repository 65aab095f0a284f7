/**
 * The gateway's HTTP front: a plain node server that hands GraphQL requests to Apollo Server
 * (so we control every other route: health, GraphiQL) and caps request bodies. Guards (Host
 * allow-list, CORS) run before every route; GraphQL requests are rate limited before their body is
 * read and get a deadline; the server's timeouts and connection cap are set on purpose.
 */
import http from "node:http";
import { setMaxListeners } from "node:events";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { HttpLimits } from "../config";
import { callerKey, sendTooManyRequests, type RateLimiter } from "./rate-limit";

export const GRAPHQL_PATH = "/graphql";
const MAX_BODY_BYTES = 1024 * 1024;

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>;

class PayloadTooLarge extends Error {}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new PayloadTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === "") return undefined;
  if (contentType?.includes("application/json")) return JSON.parse(text);
  return text;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/**
 * Builds the per-request context; the signal fires when the client goes away before the answer or
 * the request's deadline passes.
 */
export type ContextFactory = (abortSignal: AbortSignal, req: http.IncomingMessage) => object;

/** Runs before any route; returns true when it answered the request itself. */
export type Guard = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

export interface GraphQLRequestOptions {
  /** Wall-clock budget of one GraphQL request in ms (0 or undefined: none). */
  deadlineMs?: number;
  /** Charged one point per request before the body is read. */
  rateLimiter?: RateLimiter;
  /** The authenticated caller of a request (set by the auth route), so both rate-limit charges use one key. */
  callerOf?: (req: http.IncomingMessage) => { id?: string; kind?: string } | undefined;
}

export interface HttpServerOptions extends GraphQLRequestOptions {
  guards?: Guard[];
  limits?: HttpLimits;
}

/**
 * The HTTP request a GraphQL context was built for (for plugins that need the caller's connection).
 * A symbol-keyed property rather than a WeakMap: Apollo hands plugins a shallow clone of the context.
 */
const HTTP_REQUEST = Symbol("httpRequest");
export function requestOf(context: object): http.IncomingMessage | undefined {
  return (context as { [HTTP_REQUEST]?: http.IncomingMessage })[HTTP_REQUEST];
}

/** Why a request's AWS calls were abandoned; the reason is the message AwsService.call fails with. */
function abortReason(name: "AbortError" | "TimeoutError", message: string): Error {
  const reason = new Error(message);
  reason.name = name;
  return reason;
}

/** The signal a request's AWS calls run under: fires when the client goes away or the deadline passes. */
export function requestSignal(res: http.ServerResponse, deadlineMs: number | undefined): AbortSignal {
  const controller = new AbortController();
  // Every AWS call of the request listens on it (a list with its relations makes dozens at once).
  setMaxListeners(0, controller.signal);
  const timer =
    deadlineMs && deadlineMs > 0
      ? setTimeout(() => controller.abort(abortReason("TimeoutError", `the request's deadline of ${deadlineMs} ms passed`)), deadlineMs)
      : undefined;
  timer?.unref();
  res.once("close", () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(abortReason("AbortError", "the client closed the connection"));
  });
  return controller.signal;
}

export async function handleGraphQL(
  apollo: ApolloServer,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  context: ContextFactory,
  options: GraphQLRequestOptions = {},
): Promise<void> {
  if (options.rateLimiter) {
    const admission = await options.rateLimiter.consume(callerKey(req, options.callerOf?.(req)), 1);
    if (!admission.allowed) {
      req.resume();
      return sendTooManyRequests(res, options.rateLimiter.config, admission.retryAfterS);
    }
  }
  let body: unknown;
  try {
    body = parseBody(await readBody(req), req.headers["content-type"]);
  } catch (error) {
    const tooLarge = error instanceof PayloadTooLarge;
    sendJson(res, tooLarge ? 413 : 400, {
      errors: [{ message: tooLarge ? "Request body too large." : "Request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const signal = requestSignal(res, options.deadlineMs);
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
    context: async () => {
      const value = context(signal, req);
      (value as { [HTTP_REQUEST]?: http.IncomingMessage })[HTTP_REQUEST] = req;
      return value;
    },
  });
  res.statusCode = result.status ?? 200;
  for (const [key, value] of result.headers) {
    // Keep the guards' `Vary: Origin` next to whatever Apollo varies on.
    const earlier = key === "vary" ? res.getHeader("vary") : undefined;
    res.setHeader(key, earlier ? `${String(earlier)}, ${value}` : value);
  }
  if (result.body.kind === "complete") {
    res.end(result.body.string);
  } else {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/**
 * The request target as a URL, or undefined when it is not an origin-form path. Only the path and the
 * query are ever read, so the target is never parsed as an authority: `//a:b`, `//[` or `//a:99999`
 * would otherwise be a host and port to `new URL`, which throws on them.
 */
export function parseRequestTarget(target: string | undefined): URL | undefined {
  try {
    // absolute-form (RFC 9112 3.2.2) is accepted; only its path and query are kept.
    if (target && /^https?:\/\//i.test(target)) target = new URL(target).pathname + new URL(target).search;
    if (!target || !target.startsWith("/")) return undefined;
    return new URL(`http://gateway.local${target.replace(/^\/+/, "/")}`);
  } catch {
    return undefined;
  }
}

/**
 * Guards first (Host allow-list, CORS), then routes: extra handlers (GraphiQL, health), then GraphQL
 * on /graphql. Apollo is looked up per request.
 */
export function createHttpServer(apollo: () => ApolloServer, routes: RouteHandler[], context: ContextFactory, options: HttpServerOptions = {}): http.Server {
  const server = http.createServer((req, res) => {
    // Everything below runs inside one promise: no request, however malformed, can throw past it.
    void (async () => {
      for (const guard of options.guards ?? []) if (guard(req, res)) return;
      const url = parseRequestTarget(req.url);
      if (!url) return sendJson(res, 400, { errors: [{ message: "Bad request target.", extensions: { code: "BAD_REQUEST" } }] });
      for (const route of routes) if (await route(req, res, url)) return;
      if (url.pathname === GRAPHQL_PATH) return handleGraphQL(apollo(), req, res, url, context, options);
      sendJson(res, 404, { errors: [{ message: `No route for ${url.pathname}.`, extensions: { code: "NOT_FOUND" } }] });
    })().catch(() => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.destroy();
    }).catch(() => res.destroy());
  });
  if (options.limits) applyHttpLimits(server, options.limits);
  return server;
}

/**
 * Node's defaults are not a decision: headers must arrive within headersTimeout, the whole request
 * within requestTimeout, an idle keep-alive connection closes after keepAliveTimeout, and at most
 * maxConnections sockets are open at once (further ones are closed on accept).
 */
export function applyHttpLimits(server: http.Server, limits: HttpLimits): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
}

export function healthRoute(): RouteHandler {
  return (req, res, url) => {
    if (url.pathname !== "/healthz") return false;
    sendJson(res, 200, { status: "ok" });
    return true;
  };
}
