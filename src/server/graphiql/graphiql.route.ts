/**
 * GraphiQL served by the gateway itself: the page, React, GraphiQL's bundle and styles (fonts are
 * inlined in its CSS) all come from this process, so it works offline and behind strict proxies.
 * A Content-Security-Policy of 'self' makes the browser refuse anything else.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { RouteHandler } from "../http-server";
import { PROJECT_ROOT } from "../../paths";
import { loadExamples } from "./examples";
import { graphiqlPage } from "./page";

export const GRAPHIQL_PATH = "/graphiql";

interface Asset {
  file: string;
  type: string;
}

/** A file inside an installed package (package "exports" maps hide the UMD builds from require.resolve). */
function packageFile(name: string, ...path: string[]): string {
  return join(dirname(require.resolve(`${name}/package.json`)), ...path);
}

const ASSETS: Record<string, Asset> = {
  "react.js": { file: packageFile("react", "umd", "react.production.min.js"), type: "text/javascript" },
  "react-dom.js": { file: packageFile("react-dom", "umd", "react-dom.production.min.js"), type: "text/javascript" },
  "graphiql.js": { file: packageFile("graphiql", "graphiql.min.js"), type: "text/javascript" },
  "graphiql.css": { file: packageFile("graphiql", "graphiql.min.css"), type: "text/css" },
  "app.js": { file: join(PROJECT_ROOT, "src", "server", "graphiql", "app.js"), type: "text/javascript" }, // served as is, not compiled
};

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // GraphiQL sets inline styles on its panes
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join("; ");

function wantsHtml(accept: string | undefined): boolean {
  return !!accept && accept.includes("text/html");
}

/** Serves GraphiQL at /graphiql and on a browser GET of /graphql. Assets are read once, lazily. */
export function graphiqlRoute(options: { examplesDir: string; graphqlPath: string }): RouteHandler {
  const cache = new Map<string, Buffer>();
  const read = (name: string): Buffer => {
    let body = cache.get(name);
    if (!body) {
      body = readFileSync(ASSETS[name]!.file);
      cache.set(name, body);
    }
    return body;
  };
  return (req, res, url) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const isPage = url.pathname === GRAPHIQL_PATH || (url.pathname === options.graphqlPath && wantsHtml(req.headers.accept) && !url.search);
    if (isPage) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP, "cache-control": "no-cache" });
      res.end(graphiqlPage({ assetBase: `${GRAPHIQL_PATH}/assets`, graphqlPath: options.graphqlPath }));
      return true;
    }
    if (url.pathname === `${GRAPHIQL_PATH}/examples.json`) {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-cache" });
      res.end(JSON.stringify(loadExamples(options.examplesDir)));
      return true;
    }
    const prefix = `${GRAPHIQL_PATH}/assets/`;
    if (url.pathname.startsWith(prefix)) {
      const name = url.pathname.slice(prefix.length);
      if (!Object.prototype.hasOwnProperty.call(ASSETS, name)) return false;
      res.writeHead(200, { "content-type": `${ASSETS[name]!.type}; charset=utf-8`, "cache-control": "public, max-age=3600" });
      res.end(read(name));
      return true;
    }
    return false;
  };
}
