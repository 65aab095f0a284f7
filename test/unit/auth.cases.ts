/** Auth settings, API key hashing, static-key JWTs and the policy table, without a server. */
import "reflect-metadata";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { buildSchema, isInputObjectType } from "graphql";
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from "jose";
import { loadConfig } from "../../src/config";
import { createApiKeyVerifier, hashApiKey } from "../../src/auth/api-keys";
import { createJwtVerifier, scopesOf } from "../../src/auth/jwt";
import { AuthenticationFailure } from "../../src/auth/failure";
import { hostOf, policyKindOf, policyViolation, POLICY_EXEMPT } from "../../src/auth/policy";
import { PROJECT_ROOT } from "../../src/paths";

const KEYS_JSON = JSON.stringify([{ name: "p", hash: hashApiKey("k"), scopes: ["integrations:read"] }]);

describe("settings", () => {
  it("defaults to none, not configured", () => {
    expect(loadConfig({}).auth).toEqual({ methods: [], configured: false, realm: "integration-gateway" });
    expect(loadConfig({ GATEWAY_AUTH: "none" }).auth.configured).toBe(true);
  });

  it.each([
    [{ GATEWAY_AUTH: "basic" }, /GATEWAY_AUTH must be/],
    [{ GATEWAY_AUTH: "api-key" }, /GATEWAY_API_KEYS/],
    [{ GATEWAY_AUTH: "api-key", GATEWAY_API_KEYS: "[{\"name\":\"p\",\"hash\":\"k\",\"scopes\":[]}]" }, /hex SHA-256/],
    [{ GATEWAY_AUTH: "api-key", GATEWAY_API_KEYS: "{" }, /not valid JSON/],
    [{ GATEWAY_AUTH: "api-key", GATEWAY_API_KEYS: JSON.stringify([...JSON.parse(KEYS_JSON), ...JSON.parse(KEYS_JSON)]) }, /used twice/],
    [{ GATEWAY_AUTH: "jwt", GATEWAY_JWT_ISSUER: "i", GATEWAY_JWT_AUDIENCE: "a" }, /GATEWAY_JWT_JWKS_URL or GATEWAY_JWT_PUBLIC_KEY/],
    [{ GATEWAY_AUTH: "jwt", GATEWAY_JWT_JWKS_URL: "https://i/jwks", GATEWAY_JWT_AUDIENCE: "a" }, /GATEWAY_JWT_ISSUER/],
    [{ GATEWAY_AUTH: "jwt", GATEWAY_JWT_JWKS_URL: "https://i/jwks", GATEWAY_JWT_ISSUER: "i" }, /GATEWAY_JWT_AUDIENCE/],
    [{ GATEWAY_AUTH: "jwt", GATEWAY_JWT_JWKS_URL: "http://idp.example.com/jwks", GATEWAY_JWT_ISSUER: "i", GATEWAY_JWT_AUDIENCE: "a" }, /https/],
    [{ GATEWAY_AUTH: "jwt", GATEWAY_JWT_JWKS_URL: "https://i/jwks", GATEWAY_JWT_ISSUER: "i", GATEWAY_JWT_AUDIENCE: "a", GATEWAY_JWT_ALGORITHMS: "HS256" }, /GATEWAY_JWT_ALGORITHMS/],
    [{ GATEWAY_AUTH_DEFAULT_POLICY: "{\"allowedArnPrefixes\":[\"kms\"]}" }, /ARN prefixes/],
    [{ GATEWAY_AUTH_DEFAULT_POLICY: "{\"allowedHosts\":[]}" }, /unknown policy setting/],
    [{ GATEWAY_AUTH_REALM: "a\"b" }, /GATEWAY_AUTH_REALM/],
  ])("refuses %j", (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });

  it("reads API keys from a file, and the full JWT settings", () => {
    const dir = mkdtempSync(join(tmpdir(), "auth-"));
    writeFileSync(join(dir, "keys.json"), KEYS_JSON);
    const auth = loadConfig({
      GATEWAY_AUTH: "jwt,api-key",
      GATEWAY_API_KEYS_FILE: join(dir, "keys.json"),
      GATEWAY_JWT_JWKS_URL: "https://idp.example.com/.well-known/jwks.json",
      GATEWAY_JWT_ISSUER: "https://idp.example.com/",
      GATEWAY_JWT_AUDIENCE: "gw,gw2",
      GATEWAY_JWT_POLICY_CLAIM: "https://gw/policy",
      GATEWAY_AUTH_DEFAULT_POLICY: "{\"allowedUrlHosts\":[\"*.Example.com\"]}",
    }).auth;
    expect(auth.methods).toEqual(["jwt", "api-key"]);
    expect(auth.apiKeys).toEqual([{ name: "p", hash: hashApiKey("k"), scopes: ["integrations:read"] }]);
    expect(auth.jwt).toMatchObject({ audience: ["gw", "gw2"], clockToleranceSec: 30, jwksCooldownMs: 30000, policyClaim: "https://gw/policy" });
    expect(auth.defaultPolicy).toEqual({ allowedUrlHosts: ["*.example.com"] });
  });
});

describe("API keys", () => {
  it("hashApiKey is the hex SHA-256 that `printf %s KEY | sha256sum` prints", () => {
    expect(hashApiKey("igw_example")).toBe(createHash("sha256").update("igw_example").digest("hex"));
    expect(hashApiKey("igw_example")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("finds the entry of the right key only", () => {
    const find = createApiKeyVerifier([
      { name: "a", hash: hashApiKey("key-a"), scopes: [] },
      { name: "b", hash: hashApiKey("key-b"), scopes: [] },
    ]);
    expect(find("key-b")?.name).toBe("b");
    expect(find("key-c")).toBeUndefined();
    expect(find(hashApiKey("key-a"))).toBeUndefined();
  });
});

describe("JWT with a static key", () => {
  const settings = { issuer: ["https://i/"], audience: ["gw"], algorithms: ["ES256"], clockToleranceSec: 0, jwksCacheMaxAgeMs: 1, jwksCooldownMs: 0, jwksTimeoutMs: 1000 };

  it.each(["pem", "jwk", "jwks"])("accepts a %s public key and reads scope and scp", async (format) => {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1" };
    const publicKeyText = format === "pem" ? await exportSPKI(publicKey) : format === "jwk" ? JSON.stringify(jwk) : JSON.stringify({ keys: [jwk] });
    const verify = createJwtVerifier({ ...settings, publicKey: publicKeyText }, { allowedArnPrefixes: ["arn:aws:kms:"] });
    const token = await new SignJWT({ scope: "integrations:read", scp: ["appflow:write"] })
      .setProtectedHeader({ alg: "ES256", kid: "k1" })
      .setIssuer("https://i/")
      .setAudience("gw")
      .setSubject("svc")
      .setExpirationTime("5m")
      .sign(privateKey);
    const caller = await verify(token);
    expect(caller).toMatchObject({ kind: "jwt", id: "svc", policy: { allowedArnPrefixes: ["arn:aws:kms:"] } });
    expect([...caller.scopes].sort()).toEqual(["appflow:write", "integrations:read"]);
  });

  it("refuses a token without exp, and one with an algorithm not allowed", async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const verify = createJwtVerifier({ ...settings, publicKey: await exportSPKI(publicKey) });
    const noExp = await new SignJWT({}).setProtectedHeader({ alg: "ES256" }).setIssuer("https://i/").setAudience("gw").setSubject("s").sign(privateKey);
    await expect(verify(noExp)).rejects.toBeInstanceOf(AuthenticationFailure);
    const strict = createJwtVerifier({ ...settings, algorithms: ["RS256"], publicKey: await exportSPKI(publicKey) });
    const es = await new SignJWT({}).setProtectedHeader({ alg: "ES256" }).setIssuer("https://i/").setAudience("gw").setSubject("s").setExpirationTime("5m").sign(privateKey);
    await expect(strict(es)).rejects.toMatchObject({ status: 401, bearerError: "invalid_token" });
  });

  it("a policy claim replaces the default policy; a malformed one is refused", async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const verify = createJwtVerifier({ ...settings, publicKey: await exportSPKI(publicKey), policyClaim: "gw_policy" }, { allowedArnPrefixes: [] });
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: "ES256" }).setIssuer("https://i/").setAudience("gw").setSubject("s").setExpirationTime("5m").sign(privateKey);
    expect((await verify(await sign({ gw_policy: { allowedUrlHosts: ["a.example"] } }))).policy).toEqual({ allowedUrlHosts: ["a.example"] });
    expect((await verify(await sign({}))).policy).toEqual({ allowedArnPrefixes: [] });
    await expect(verify(await sign({ gw_policy: { allowedUrlHosts: "a.example" } }))).rejects.toMatchObject({ reason: "bad-policy-claim" });
  });

  it("an unreachable JWKS is 503 (the issuer's fault), not 401", async () => {
    const { privateKey } = await generateKeyPair("ES256", { extractable: true });
    const verify = createJwtVerifier({ ...settings, jwksUrl: "http://127.0.0.1:9/jwks.json", jwksTimeoutMs: 500 });
    const token = await new SignJWT({}).setProtectedHeader({ alg: "ES256", kid: "k" }).setIssuer("https://i/").setAudience("gw").setSubject("s").setExpirationTime("5m").sign(privateKey);
    await expect(verify(token)).rejects.toMatchObject({ status: 503, reason: "jwks-unavailable" });
  });

  it("scopesOf ignores non-strings", () => {
    expect([...scopesOf({ scope: "a  b", scp: ["c", 1 as never] })]).toEqual(["a", "b", "c"]);
  });
});

describe("policy", () => {
  it("every ARN- or URL-valued input field of the schema is classified (or exempt on purpose)", () => {
    const schema = buildSchema(readFileSync(join(PROJECT_ROOT, "schema.graphql"), "utf8"));
    const unclassified: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type)) continue;
      for (const name of Object.keys(type.getFields())) {
        if (!/(arn|url|uri|endpoint|kms[a-z]*)$/i.test(name) || /^(is|has)/.test(name)) continue;
        if (!policyKindOf(type.name, name) && !POLICY_EXEMPT.has(`*.${name}`)) unclassified.push(`${type.name}.${name}`);
      }
    }
    expect(unclassified).toEqual([]);
  });

  it("ARNs by prefix; URLs by host, with *.domain for subdomains", () => {
    const policy = { allowedArnPrefixes: ["arn:aws:kms:us-east-1:111111111111:key/"], allowedUrlHosts: ["auth.a.example", "*.a.example.org"] };
    expect(policyViolation("arn", "arn:aws:kms:us-east-1:111111111111:key/abc", policy)).toBeUndefined();
    expect(policyViolation("arn", "arn:aws:kms:us-east-1:222222222222:key/abc", policy)).toMatch(/111111111111/);
    expect(policyViolation("url", "https://auth.a.example/token", policy)).toBeUndefined();
    expect(policyViolation("url", "https://x.a.example.org/token", policy)).toBeUndefined();
    expect(policyViolation("url", "https://a.example.org/token", policy)).toBeDefined();
    expect(policyViolation("url", "https://auth.a.example.evil.com/token", policy)).toBeDefined();
    expect(policyViolation("url", "https://auth.a.example@evil.com/token", policy)).toBeDefined();
    expect(policyViolation("url", "not a url", policy)).toBeDefined();
    expect(policyViolation("arn", "anything", {})).toBeUndefined();
    expect(policyViolation("url", "https://x/", { allowedUrlHosts: [] })).toMatch(/may not hand any URL/);
  });

  it("reads hosts of JDBC URLs", () => {
    expect(hostOf("jdbc:redshift://cluster.abc.us-east-1.redshift.amazonaws.com:5439/dev")).toBe("cluster.abc.us-east-1.redshift.amazonaws.com");
    expect(hostOf("HTTPS://Auth.Example.COM/x")).toBe("auth.example.com");
  });
});
