/**
 * GraphiQL served by the gateway itself: the page, React, GraphiQL's bundle and styles (fonts are
 * inlined in its CSS) all come from this process, so it works offline and behind strict proxies.
 * A Content-Security-Policy of 'self' makes the browser refuse anything else.
 *
 * Assets are read and compressed once per process (brotli and gzip, chosen by Accept-Encoding) and
 * linked from the page under their content hash, so a browser keeps them for a year and asks again
 * only when an upgrade changes them; every answer carries an ETag and If-None-Match gets a 304.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type http from "node:http";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { RouteHandler } from "../http-server";
import { PROJECT_ROOT } from "../../paths";
import { loadExamples } from "./examples";
import { graphiqlPage } from "./page";

export const GRAPHIQL_PATH = "/graphiql";
const ASSET_BASE = `${GRAPHIQL_PATH}/assets`;
const HERE = join(PROJECT_ROOT, "src", "server", "graphiql"); // app.js and the icon are served as is, not compiled

/** A file inside an installed package (package "exports" maps hide the UMD builds from require.resolve). */
function packageFile(name: string, ...path: string[]): string {
  return join(dirname(require.resolve(`${name}/package.json`)), ...path);
}

const ASSET_FILES: Record<string, { file: string; type: string }> = {
  "react.js": { file: packageFile("react", "umd", "react.production.min.js"), type: "text/javascript; charset=utf-8" },
  "react-dom.js": { file: packageFile("react-dom", "umd", "react-dom.production.min.js"), type: "text/javascript; charset=utf-8" },
  "graphiql.js": { file: packageFile("graphiql", "graphiql.min.js"), type: "text/javascript; charset=utf-8" },
  "graphiql.css": { file: packageFile("graphiql", "graphiql.min.css"), type: "text/css; charset=utf-8" },
  "app.js": { file: join(HERE, "app.js"), type: "text/javascript; charset=utf-8" },
  "favicon.ico": { file: join(HERE, "favicon.ico"), type: "image/x-icon" },
};

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // GraphiQL sets inline styles on its panes
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join("; ");

const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache"; // may be kept, but asked again (a 304 when unchanged)

type Encoding = "br" | "gzip";

/** A response body with its validator and (for text) its compressed forms, each computed once. */
class Body {
  readonly etag: string;
  readonly hash: string;
  private readonly encoded = new Map<Encoding, Promise<Buffer>>();
  constructor(
    readonly raw: Buffer,
    readonly type: string,
  ) {
    this.hash = createHash("sha256").update(raw).digest("base64url").slice(0, 16);
    this.etag = `"${this.hash}"`;
  }
  get compressible(): boolean {
    return this.raw.length > 1024 && /^(text\/|application\/json)/.test(this.type);
  }
  encode(encoding: Encoding): Promise<Buffer> {
    let body = this.encoded.get(encoding);
    if (!body) {
      // Brotli quality 5 is within a few per cent of 11 on these files at a fiftieth of the time.
      body =
        encoding === "br"
          ? promisify(zlib.brotliCompress)(this.raw, {
              params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: this.raw.length },
            })
          : promisify(zlib.gzip)(this.raw, { level: 9 });
      this.encoded.set(encoding, body);
    }
    return body;
  }
}

/** Shared by every gateway of the process: the files do not change while it runs. */
const assets = new Map<string, Body>();
function asset(name: string): Body {
  let body = assets.get(name);
  if (!body) {
    const { file, type } = ASSET_FILES[name]!;
    body = new Body(readFileSync(file), type);
    assets.set(name, body);
  }
  return body;
}

/** The encoding to answer with: brotli, else gzip, else none, as far as Accept-Encoding allows. */
export function negotiateEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(",")) {
    const [token = "", ...params] = part.trim().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(token.trim(), Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: string) => (q.get(coding) ?? q.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return undefined;
}

function notModified(req: http.IncomingMessage, etag: string): boolean {
  const header = req.headers["if-none-match"];
  if (!header) return false;
  return header.trim() === "*" || header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

async function send(req: http.IncomingMessage, res: http.ServerResponse, body: Body, headers: Record<string, string>): Promise<void> {
  const common: Record<string, string> = { ...headers, etag: body.etag, "x-content-type-options": "nosniff" };
  if (body.compressible) common.vary = "Accept-Encoding";
  if (notModified(req, body.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const encoding = body.compressible ? negotiateEncoding(req.headers["accept-encoding"] as string | undefined) : undefined;
  const payload = encoding ? await body.encode(encoding) : body.raw;
  res.writeHead(200, {
    ...common,
    "content-type": body.type,
    "content-length": String(payload.length),
    ...(encoding ? { "content-encoding": encoding } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : payload);
}

function wantsHtml(accept: string | undefined): boolean {
  return !!accept && accept.includes("text/html");
}

/**
 * Serves GraphiQL at /graphiql (and on a browser GET of /graphql), its assets, the examples, the
 * favicon, and sends `/` to /graphiql. Registered only when GraphiQL is on.
 */
export function graphiqlRoute(options: { examplesDir: string; graphqlPath: string }): RouteHandler {
  let page: Body | undefined;
  let examples: Body | undefined;
  const assetUrl = (name: string) => `${ASSET_BASE}/${asset(name).hash}/${name}`;
  return async (req, res, url) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const path = url.pathname;
    if (path === "/") {
      res.writeHead(302, { location: GRAPHIQL_PATH, "cache-control": REVALIDATE });
      res.end();
      return true;
    }
    if (path === "/favicon.ico") {
      await send(req, res, asset("favicon.ico"), { "cache-control": "public, max-age=86400" });
      return true;
    }
    if (path === GRAPHIQL_PATH || (path === options.graphqlPath && wantsHtml(req.headers.accept) && !url.search)) {
      page ??= new Body(
        Buffer.from(
          graphiqlPage({
            asset: assetUrl,
            graphqlPath: options.graphqlPath,
            examplesPath: `${GRAPHIQL_PATH}/examples.json`,
          }),
        ),
        "text/html; charset=utf-8",
      );
      await send(req, res, page, { "content-security-policy": CSP, "cache-control": REVALIDATE });
      return true;
    }
    if (path === `${GRAPHIQL_PATH}/examples.json`) {
      // Read from disk on every request, so an edited example shows on the next load; a 304 when unchanged.
      const raw = Buffer.from(JSON.stringify(loadExamples(options.examplesDir)));
      if (!examples || !examples.raw.equals(raw)) examples = new Body(raw, "application/json");
      await send(req, res, examples, { "cache-control": REVALIDATE });
      return true;
    }
    if (path.startsWith(`${ASSET_BASE}/`)) {
      // /graphiql/assets/<hash>/<name> is immutable; /graphiql/assets/<name> (or an old hash) revalidates.
      const parts = path.slice(ASSET_BASE.length + 1).split("/");
      const name = parts[parts.length - 1]!;
      if (parts.length > 2 || !Object.prototype.hasOwnProperty.call(ASSET_FILES, name)) return false;
      const body = asset(name);
      await send(req, res, body, { "cache-control": parts.length === 2 && parts[0] === body.hash ? IMMUTABLE : REVALIDATE });
      return true;
    }
    return false;
  };
}
