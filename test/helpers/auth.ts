/** Auth test helpers: a local JWKS served over HTTP (keys can be added to rotate), and token minting. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from "jose";

export const ISSUER = "https://issuer.test.example/";
export const AUDIENCE = "integration-gateway";

export interface SigningKey {
  kid: string;
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
  publicJwk: JWK;
}

export async function newSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

export interface JwksServer {
  url: string;
  keys: SigningKey[];
  /** How often the JWKS was fetched. */
  fetches: number;
  close(): Promise<void>;
}

export async function startJwksServer(keys: SigningKey[]): Promise<JwksServer> {
  const state = { keys, fetches: 0 };
  const server = http.createServer((req, res) => {
    state.fetches++;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: state.keys.map((k) => k.publicJwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as JwksServer;
}

export interface TokenOptions {
  claims?: JWTPayload;
  issuer?: string;
  audience?: string;
  subject?: string;
  /** Seconds from now (negative: already expired). */
  expiresIn?: number;
  kid?: string;
}

export async function mintToken(key: SigningKey, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...options.claims })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? key.kid, typ: "JWT" })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject(options.subject ?? "user-1")
    .setIssuedAt(now - 5)
    .setExpirationTime(now + (options.expiresIn ?? 300))
    .sign(key.privateKey);
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The parsed JSON log lines with this `msg`. */
export function logLines(logs: string[], msg: string): Array<Record<string, any>> {
  const parsed = logs.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, any>];
    } catch {
      return [];
    }
  });
  return parsed.filter((line) => line.msg === msg);
}
