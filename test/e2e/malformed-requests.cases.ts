/**
 * Malformed-request fuzz: raw bytes on a TCP socket to the gateway process as `npm start` runs it
 * (and its embedded sandbox), started by npm-start.test.ts. After every case the process must still
 * be alive and answer /healthz, so one request from a careless client or a hostile web page can
 * never take the service down.
 */
import type { ChildProcess } from "node:child_process";
import net from "node:net";

/** The running service: its process (npm's, which exits when the gateway does) and its two listeners. */
export interface ServiceProcess {
  child: ChildProcess;
  graphqlUrl: string;
  sandboxUrl: string;
}

function hostPort(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port) };
}

/** Writes raw bytes (in pieces, optionally closing early) and collects whatever comes back. */
function rawRequest(target: { host: string; port: number }, pieces: Array<string | Buffer>, options: { halfClose?: boolean; destroyAfterMs?: number } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(target.port, target.host);
    const received: Buffer[] = [];
    const done = () => resolve(Buffer.concat(received).toString("latin1"));
    socket.on("data", (chunk) => received.push(chunk));
    socket.on("error", done);
    socket.on("close", done);
    socket.setTimeout(1500, () => socket.destroy());
    socket.on("connect", () => {
      for (const piece of pieces) socket.write(piece);
      if (options.destroyAfterMs !== undefined) setTimeout(() => socket.destroy(), options.destroyAfterMs);
      else if (options.halfClose !== false) socket.end();
    });
  });
}

function statusOf(response: string): number | undefined {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(response);
  return match ? Number(match[1]) : undefined;
}

const line = (target: string, method = "GET") => `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;

const REQUEST_LINES: Array<[string, string]> = [
  ["authority-like path //a:b", line("//a:b")],
  ["unclosed IPv6 bracket //[", line("//[")],
  ["port out of range //a:99999", line("//a:99999")],
  ["authority-like path on /graphql's neighbour //graphql:1", line("//graphql:1", "POST")],
  ["absolute-form target", line("http://evil.example/graphql")],
  ["absolute-form target with a bad port", line("http://a:99999/")],
  ["asterisk-form target", line("*", "OPTIONS")],
  ["CONNECT authority-form", line("evil.example:443", "CONNECT")],
  ["bare percent", line("/graphql%")],
  ["bad percent escape", line("/%zz/%")],
  ["encoded NUL", line("/graphiql/assets/%00")],
  ["path traversal to assets", line("/graphiql/assets/../../package.json")],
  ["encoded traversal to assets", line("/graphiql/assets/..%2f..%2fpackage.json")],
  ["backslashes", line("/\\\\evil.example\\graphql")],
  ["query only", line("/?")],
  ["huge query string", line(`/graphql?query=${"a".repeat(60_000)}`)],
  ["unknown method", line("/graphql", "BREW")],
  ["lower-case method", line("/graphql", "get")],
  ["HTTP/0.9 request", "GET /\r\n\r\n"],
  ["unknown HTTP version", "GET / HTTP/9.9\r\nHost: x\r\n\r\n"],
  ["no Host header", "GET /graphql HTTP/1.1\r\nConnection: close\r\n\r\n"],
  ["binary garbage", "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n"],
  ["empty line only", "\r\n\r\n"],
];

const HEADERS: Array<[string, string]> = [
  ["header without colon", "GET /healthz HTTP/1.1\r\nHost: x\r\nBroken header\r\n\r\n"],
  ["header name with spaces", "GET /healthz HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n"],
  ["NUL in a header value", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n"],
  ["non-ASCII header value", "GET /graphql HTTP/1.1\r\nHost: x\r\nAccept: text/html\xff\xfe\r\nConnection: close\r\n\r\n"],
  ["duplicate Content-Length", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}"],
  ["negative Content-Length", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"],
  ["Content-Length and chunked", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"],
  ["malformed chunk size", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"],
  ["Content-Length larger than the body, then close", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":"],
  ["invalid JSON body", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9\r\nConnection: close\r\n\r\n{\"query\":"],
  ["invalid UTF-8 in the body", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 14\r\nConnection: close\r\n\r\n{\"query\":\"\xff\xfe\"}"],
  ["JSON body that is not an object", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnull"],
  ["query that is not a string", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 13\r\nConnection: close\r\n\r\n{\"query\":[1]}"],
  ["variables that are a string", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\napollo-require-preflight: 1\r\nContent-Length: 40\r\nConnection: close\r\n\r\n{\"query\":\"{__typename}\",\"variables\":\"x\"}"],
  ["Expect: 100-continue never sent", "POST /graphql HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n"],
  ["unknown Expect", "POST /graphql HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nContent-Length: 0\r\n\r\n"],
  ["websocket upgrade", "GET /graphql HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAAAA==\r\n\r\n"],
  ["h2c upgrade", "GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n"],
  ["oversized header block", `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(40_000)}\r\n\r\n`],
  ["many headers", `GET / HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 3000 }, (_, i) => `X-${i}: v`).join("\r\n")}\r\n\r\n`],
  ["GraphiQL page with an odd Accept", "GET /graphql HTTP/1.1\r\nHost: x\r\nAccept: text/html, */*;q=abc\r\nConnection: close\r\n\r\n"],
];

/** The cases, against `service()` once it has started (read at each test, not when they are declared). */
export function malformedRequestCases(service: () => ServiceProcess): void {
  let child: ChildProcess;
  let gateway: { host: string; port: number };
  let sandbox: { host: string; port: number };
  beforeAll(() => {
    ({ child } = service());
    gateway = hostPort(service().graphqlUrl);
    sandbox = hostPort(service().sandboxUrl);
  });
  afterEach(async () => {
    expect(child.exitCode).toBeNull();
    const response = await rawRequest(gateway, ["GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"]);
    expect(statusOf(response)).toBe(200);
  });

  describe("malformed requests never end the gateway process", () => {

    test.each(REQUEST_LINES)("request line: %s", async (_name, request) => {
      await rawRequest(gateway, [request]);
    });

    test("the crashing targets from the report get a 400 (or 404) answer, not a dropped process", async () => {
      for (const target of ["//a:b", "//[", "//a:99999"]) {
        const status = statusOf(await rawRequest(gateway, [line(target)]));
        expect([400, 404]).toContain(status);
      }
    });

    test.each(HEADERS)("headers and body: %s", async (_name, request) => {
      await rawRequest(gateway, [Buffer.from(request, "latin1")]);
    });

    test("a client that disconnects in the middle of a GraphQL body", async () => {
      const head = "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
      await rawRequest(gateway, [head, '{"query":"mutation { ' + "x".repeat(5000)], { destroyAfterMs: 50 });
    });

    test("a client that disconnects while its request is being answered", async () => {
      const body = JSON.stringify({ query: "{ gatewayInfo { backend region version } }" });
      const request = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
      await Promise.all(Array.from({ length: 20 }, (_, i) => rawRequest(gateway, [request], { destroyAfterMs: i % 5 })));
    });

    test("400 random request lines and headers from a seeded generator", async () => {
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const alphabet = ["/", "//", ":", "[", "]", "@", "%", "%2", "?", "#", "\\", "..", ".", "a", "graphql", "graphiql", "assets", "99999", " ", "\t", "\u00ff", "\u0000", "*", "http:", "&", "="];
      const methods = ["GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE", "X"];
      const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
      for (let batch = 0; batch < 20; batch++) {
        await Promise.all(Array.from({ length: 20 }, () => {
          const target = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(alphabet)).join("");
          const header = next() < 0.3 ? `X-Fuzz: ${pick(alphabet)}${pick(alphabet)}\r\n` : "";
          const contentType = next() < 0.5 ? "Content-Type: application/json\r\n" : "";
          const body = next() < 0.5 ? '{"query":"{ gatewayInfo { backend } }"}' : "";
          const request = `${pick(methods)} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${header}${contentType}Content-Length: ${Buffer.byteLength(body, "latin1")}\r\nConnection: close\r\n\r\n${body}`;
          return rawRequest(gateway, [Buffer.from(request, "latin1")]);
        }));
        expect(child.exitCode).toBeNull();
      }
    });

    test.each(REQUEST_LINES.slice(0, 12))("embedded sandbox, request line: %s", async (_name, request) => {
      await rawRequest(sandbox, [request]);
    });
  });
}
