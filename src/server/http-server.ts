/**
 * The gateway's HTTP front: a plain node server that hands GraphQL requests to Apollo Server
 * (so we control every other route: health, GraphiQL) and caps request bodies.
 */
import http from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";

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

/** Builds the per-request context; the signal fires when the client goes away before the answer. */
export type ContextFactory = (abortSignal: AbortSignal, req: http.IncomingMessage) => object;

export async function handleGraphQL(
  apollo: ApolloServer,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  context: ContextFactory,
): Promise<void> {
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
  const disconnected = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) disconnected.abort();
  };
  res.once("close", onClose);
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
    context: async () => context(disconnected.signal, req),
  });
  res.statusCode = result.status ?? 200;
  for (const [key, value] of result.headers) res.setHeader(key, value);
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

/** Routes: extra handlers first (GraphiQL, health), then GraphQL on /graphql. Apollo is looked up per request. */
export function createHttpServer(apollo: () => ApolloServer, routes: RouteHandler[], context: ContextFactory): http.Server {
  return http.createServer((req, res) => {
    // Everything below runs inside one promise: no request, however malformed, can throw past it.
    void (async () => {
      const url = parseRequestTarget(req.url);
      if (!url) return sendJson(res, 400, { errors: [{ message: "Bad request target.", extensions: { code: "BAD_REQUEST" } }] });
      for (const route of routes) if (await route(req, res, url)) return;
      if (url.pathname === GRAPHQL_PATH) return handleGraphQL(apollo(), req, res, url, context);
      sendJson(res, 404, { errors: [{ message: `No route for ${url.pathname}.`, extensions: { code: "NOT_FOUND" } }] });
    })().catch(() => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.destroy();
    }).catch(() => res.destroy());
  });
}

export function healthRoute(): RouteHandler {
  return (req, res, url) => {
    if (url.pathname !== "/healthz") return false;
    sendJson(res, 200, { status: "ok" });
    return true;
  };
}
