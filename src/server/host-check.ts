/**
 * Host allow-list: a request whose Host header names a host the gateway does not serve is refused
 * before any route runs (GraphQL, GraphiQL and its assets alike). This is what stops DNS rebinding: a
 * hostile page whose own name now resolves to 127.0.0.1 still sends its own name as Host.
 */
import type http from "node:http";

export interface HostPattern {
  host: string;
  /** undefined: any port. */
  port?: string;
}

/** `name`, `name:port`, `[v6]`, `[v6]:port`, lower-cased; undefined when it is not a host. */
export function parseHost(value: string | undefined): HostPattern | undefined {
  if (!value) return undefined;
  const text = value.trim().toLowerCase();
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]\s/@]+)(?::(\d{1,5}))?$/.exec(text);
  if (!match) return undefined;
  return match[2] === undefined ? { host: match[1]! } : { host: match[1]!, port: match[2] };
}

export function compileAllowedHosts(allowed: string[]): ((hostHeader: string | undefined) => boolean) {
  if (allowed.includes("*")) return () => true;
  const patterns = allowed.map((entry) => {
    const parsed = parseHost(entry);
    if (!parsed) throw new Error(`GATEWAY_ALLOWED_HOSTS: "${entry}" is not a host name`);
    return parsed;
  });
  return (hostHeader) => {
    const host = parseHost(hostHeader);
    if (!host) return false;
    return patterns.some((p) => p.host === host.host && (p.port === undefined || p.port === host.port));
  };
}

/**
 * Runs before every route: answers 421 Misdirected Request for a foreign Host and returns true.
 * `/healthz` answers on any Host (orchestrator probes address the pod by IP; it tells nothing).
 */
export function hostCheck(allowed: string[]): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const isAllowed = compileAllowedHosts(allowed);
  return (req, res) => {
    if (isAllowed(req.headers.host)) return false;
    if (req.url === "/healthz" && (req.method === "GET" || req.method === "HEAD")) return false;
    res.writeHead(421, { "content-type": "application/json", connection: "close" });
    res.end(
      JSON.stringify({
        errors: [{ message: "This gateway does not serve the host named in the Host header.", extensions: { code: "MISDIRECTED_REQUEST" } }],
      }),
    );
    return true;
  };
}
