/**
 * dataFile: a snapshot plus an append-only journal. State survives a restart; a torn last journal
 * line is ignored; an interrupted compaction's temp files are removed at start; expired client tokens
 * are purged; client-token fingerprints are keyed; nothing secret is written.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConflictException, CreateConnectorProfileCommand } from "@aws-sdk/client-appflow";
import { CreateConnectionCommand, DescribeConnectionCommand, ListConnectionsCommand, ResourceAlreadyExistsException } from "@aws-sdk/client-eventbridge";
import { sandboxOptionsFromEnv, startSandbox, type RunningSandbox, type SandboxOptions } from "../../src/sandbox";
import { SandboxStore } from "../../src/sandbox/store";
import { iot, rawRequest, sdkClients } from "./helpers";

const SECRETS = { password: "persist-Password-1", apiKey: "persist-ApiKey-2", clientSecret: "persist-Secret-3" };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sandbox-data-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Snapshot and journal: valid, secret-free, and no temp file left. Returns the snapshot and the journal's entries. */
function expectCleanFiles(dataFile: string): { snapshot: any; journal: any[] } {
  const text = readFileSync(dataFile, "utf8");
  const journalText = existsSync(`${dataFile}.journal`) ? readFileSync(`${dataFile}.journal`, "utf8") : "";
  for (const secret of Object.values(SECRETS)) expect(text + journalText).not.toContain(secret);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  return { snapshot: JSON.parse(text), journal: journalText.split("\n").filter(Boolean).map((l) => JSON.parse(l)) };
}

/** The state after replaying the journal over the snapshot, as a restart would see it. */
function replayed(dataFile: string): Record<string, Record<string, any>> {
  const { snapshot, journal } = expectCleanFiles(dataFile);
  const collections = structuredClone(snapshot.collections) as Record<string, Record<string, any>>;
  for (const e of journal) {
    if (e.n <= snapshot.seq) continue;
    if (e.reset) for (const k of Object.keys(collections)) delete collections[k];
    else if (e.c) {
      collections[e.c] ??= {};
      if (e.d) delete collections[e.c]![e.k];
      else collections[e.c]![e.k] = e.v;
    }
  }
  return collections;
}

const profile = (clientToken: string) =>
  new CreateConnectorProfileCommand({
    connectorProfileName: "kept-profile",
    connectorType: "Singular",
    connectionMode: "Public",
    connectorProfileConfig: { connectorProfileProperties: { Singular: {} }, connectorProfileCredentials: { Singular: { apiKey: SECRETS.apiKey } } },
    clientToken,
  });

const basic = (name: string) =>
  new CreateConnectionCommand({ Name: name, AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "u", Password: SECRETS.password } } });

/** A data file that already holds `count` resources (of a collection no test reads), as a large store leaves it. */
function seedDataFile(dataFile: string, count: number): void {
  const stored = Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, { Name: `k${i}`, note: "x".repeat(100) }]));
  writeFileSync(dataFile, JSON.stringify({ version: 1, collections: { "eventbridge.connections-unrelated": stored }, clientTokens: {} }));
}

/** `use` against a sandbox on a data file and its SDK clients, closed afterwards whatever happens. */
async function withSandbox<T>(options: SandboxOptions, use: (sandbox: RunningSandbox, c: ReturnType<typeof sdkClients>) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox(options);
  const c = sdkClients(sandbox);
  try {
    return await use(sandbox, c);
  } finally {
    c.events.destroy();
    c.appflow.destroy();
    await sandbox.close();
  }
}

it("keeps every service's state across a restart (journal, then snapshot + journal)", async () => {
  const dataFile = join(dir, "state.json");
  const { created, association } = await withSandbox({ dataFile }, async (sandbox, c) => {
    const created = await c.appflow.send(profile("persist-token"));
    await c.events.send(basic("kept"));
    const destination = await iot(sandbox, "POST", "/connector-destinations", {
      Name: "kept destination",
      CloudConnectorId: "c1",
      AuthConfig: { oAuth: { authUrl: "https://a.example.com/auth", tokenUrl: "https://a.example.com/token", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } },
    });
    const association = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination.json.Id });
    await sandbox.flush();
    // Each change is one journal line (the profile and its client token, the connection, the destination, the association).
    const { journal } = expectCleanFiles(dataFile);
    expect(journal.map((e) => e.c ?? (e.t ? "token" : "?"))).toEqual(["appflow.connectorProfiles", "token", "eventbridge.connections", "iot.connectorDestinations", "iot.accountAssociations"]);
    expect(replayed(dataFile)["eventbridge.connections"]!.kept.Name).toBe("kept");
    return { created, association };
  });

  await withSandbox({ dataFile }, async (sandbox, c) => {
    // Start folded the journal into the snapshot.
    const files = expectCleanFiles(dataFile);
    expect(files.journal).toEqual([]);
    expect(Object.keys(files.snapshot.collections["iot.accountAssociations"])).toEqual([association.json.AccountAssociationId]);
    expect((await c.events.send(new DescribeConnectionCommand({ Name: "kept" }))).ConnectionState).toBe("AUTHORIZED");
    await expect(c.events.send(basic("kept"))).rejects.toBeInstanceOf(ResourceAlreadyExistsException);
    // The client token is remembered too: a retry replays, other input conflicts.
    expect((await c.appflow.send(profile("persist-token"))).connectorProfileArn).toBe(created.connectorProfileArn);
    await expect(c.appflow.send(profile("other-token"))).rejects.toBeInstanceOf(ConflictException);
    // The OAuth association can still be approved, on the restarted sandbox's URL; the change to a nested record is journaled.
    const pending = await iot(sandbox, "GET", `/account-associations/${association.json.AccountAssociationId}`);
    expect(pending.json.AssociationState).toBe("ASSOCIATION_IN_PROGRESS");
    expect(pending.json.OAuthAuthorizationUrl.startsWith(`${sandbox.url}/oauth/authorize?`)).toBe(true);
    const page = await rawRequest(sandbox.url, "GET", pending.json.OAuthAuthorizationUrl, {});
    const fields = new URLSearchParams([...page.text.matchAll(/name="(association|state)" value="([^"]*)"/g)].map((m): [string, string] => [m[1]!, m[2]!]));
    fields.set("decision", "approve");
    await rawRequest(sandbox.url, "POST", "/oauth/decision", { "content-type": "application/x-www-form-urlencoded" }, fields.toString());
    await sandbox.flush();
    expect(replayed(dataFile)["iot.accountAssociations"]![association.json.AccountAssociationId].AssociationState).toBe("ASSOCIATION_SUCCEEDED");
  });
});

it("compacts into a snapshot as the journal grows, while requests keep coming, and loses nothing", async () => {
  const dataFile = join(dir, "state.json");
  await withSandbox({ dataFile, compactAfterBytes: 1 }, async (sandbox, c) => {
    await Promise.all(Array.from({ length: 60 }, (_, i) => c.events.send(basic(`many-${i}`))));
    await sandbox.flush();
    const { snapshot } = expectCleanFiles(dataFile);
    expect(snapshot.version).toBe(2);
    expect(Object.keys(snapshot.collections["eventbridge.connections"] ?? {}).length).toBeGreaterThan(0);
    expect(Object.keys(replayed(dataFile)["eventbridge.connections"]!)).toHaveLength(60);
  });
  await withSandbox({ dataFile }, async (_sandbox, c) => {
    expect((await c.events.send(new ListConnectionsCommand({ Limit: 100 }))).Connections).toHaveLength(60);
  });
});

it("a compaction under a steady stream of creates finishes after the batch in flight, and loses nothing", async () => {
  // One create after another, as a busy client sends them: the journal writer always has a batch to
  // write. The compaction used to wait for it to fall idle, which such a stream may never allow (the
  // bench saw minutes and 200,000 creates, every line held in memory meanwhile).
  const dataFile = join(dir, "state.json");
  seedDataFile(dataFile, 3000);
  const meanwhile = await withSandbox({ dataFile }, async (sandbox, c) => {
    await c.events.send(basic("warm"));
    let compacted = false;
    let count = 0;
    const compaction = sandbox.compact().then(() => (compacted = true));
    // The snapshot is a few hundred KB: written while a few dozen creates pass, a few hundred on a slow disk.
    while (!compacted && count < 2000) await c.events.send(basic(`during-${count++}`));
    expect({ compacted, count }).toEqual({ compacted: true, count: expect.any(Number) });
    await compaction;
    await sandbox.flush();
    expect(expectCleanFiles(dataFile).journal.length).toBeLessThanOrEqual(count + 1);
    return count;
  });
  const names = await withSandbox({ dataFile }, async (_sandbox, c) => {
    const found = new Set<string>();
    let next: string | undefined;
    do {
      const page = await c.events.send(new ListConnectionsCommand({ Limit: 100, NextToken: next }));
      for (const connection of page.Connections ?? []) found.add(connection.Name!);
      next = page.NextToken;
    } while (next);
    return found;
  });
  expect(names).toEqual(new Set(["warm", ...Array.from({ length: meanwhile }, (_, i) => `during-${i}`)]));
});

it("a create costs one journal line, however many resources are stored", async () => {
  const dataFile = join(dir, "state.json");
  seedDataFile(dataFile, 5000);
  await withSandbox({ dataFile }, async (sandbox, c) => {
    const snapshotBefore = readFileSync(dataFile, "utf8");
    await c.events.send(basic("one-more"));
    await sandbox.flush();
    expect(readFileSync(dataFile, "utf8")).toBe(snapshotBefore);
    const journal = readFileSync(`${dataFile}.journal`, "utf8");
    expect(journal.split("\n").filter(Boolean)).toHaveLength(1);
    expect(journal.length).toBeLessThan(1000);
  });
});

it("ignores a torn last journal line (a crash mid-write) and refuses a corrupt line before it", async () => {
  const dataFile = join(dir, "state.json");
  let sandbox = await startSandbox({ dataFile });
  let c = sdkClients(sandbox);
  await c.events.send(basic("before-crash"));
  await sandbox.flush();
  c.events.destroy();
  c.appflow.destroy();
  await sandbox.close();
  // A crash mid-write: half a line at the end.
  const journalFile = `${dataFile}.journal`;
  const whole = readFileSync(journalFile, "utf8");
  appendFileSync(journalFile, '{"n":99,"c":"eventbridge.connections","k":"torn","v":{"Na');

  sandbox = await startSandbox({ dataFile });
  c = sdkClients(sandbox);
  try {
    const names = (await c.events.send(new ListConnectionsCommand({}))).Connections!.map((x) => x.Name);
    expect(names).toEqual(["before-crash"]);
    expect(readFileSync(journalFile, "utf8")).toBe(""); // folded into the snapshot; the torn line is gone
    await c.events.send(basic("after-crash"));
    await sandbox.flush();
    expect(Object.keys(replayed(dataFile)["eventbridge.connections"]!).sort()).toEqual(["after-crash", "before-crash"]);
  } finally {
    c.events.destroy();
    c.appflow.destroy();
    await sandbox.close();
  }

  // A bad line with good lines after it is not a torn write: refuse rather than lose data.
  writeFileSync(journalFile, "{not json\n" + whole.replace(/"n":\d+/, '"n":1000'));
  await expect(startSandbox({ dataFile })).rejects.toThrow(/journal .* is corrupt at line 1/);
});

it("a crash between the snapshot's rename and the journal's rewrite loses nothing: lines the snapshot holds are skipped", () => {
  const dataFile = join(dir, "state.json");
  // The new snapshot (seq 2) is in place; the old journal still holds lines 1 and 2, and line 3 came after.
  writeFileSync(dataFile, JSON.stringify({ version: 2, seq: 2, fingerprintKey: Buffer.alloc(32, 7).toString("base64"), collections: { t: { a: { v: "new" }, b: { v: 1 } } }, clientTokens: {} }));
  writeFileSync(
    `${dataFile}.journal`,
    ['{"n":1,"c":"t","k":"a","v":{"v":"old"}}', '{"n":2,"c":"t","k":"b","v":{"v":1}}', '{"n":3,"c":"t","k":"c","v":{"v":3}}', '{"n":4,"c":"t","k":"b","d":1}', ""].join("\n"),
  );
  const store = new SandboxStore({ dataFile, purgeIntervalMs: 0 });
  expect(JSON.parse(JSON.stringify(store.collection("t")))).toEqual({ a: { v: "new" }, c: { v: 3 } });
  expect(JSON.parse(readFileSync(dataFile, "utf8"))).toMatchObject({ seq: 4, collections: { t: { a: { v: "new" }, c: { v: 3 } } } });
  return store.close();
});

it("removes an interrupted compaction's temp files at start", async () => {
  const dataFile = join(dir, "state.json");
  const leftovers = [".state.json.snapshot.4242.deadbeef.tmp", ".state.json.journal.4242.cafebabe.tmp", ".state.json.777.0a0b0c0d.tmp"];
  for (const name of leftovers) writeFileSync(join(dir, name), "{half a snapsh");
  writeFileSync(join(dir, "unrelated.tmp"), "kept");
  const sandbox = await startSandbox({ dataFile });
  await sandbox.close();
  expect(readdirSync(dir).sort()).toEqual(["state.json", "state.json.journal", "unrelated.tmp"]);
});

describe("client tokens", () => {
  const record = (expiresAt: number) => ({ requestHash: "h", status: 200, response: { ok: true }, expiresAt });

  it("expired tokens are purged on the timer's schedule and at load", async () => {
    let now = 1_000_000;
    const dataFile = join(dir, "state.json");
    const store = new SandboxStore({ dataFile, now: () => now, purgeIntervalMs: 0 });
    store.rememberClientToken("a", record(now + 10));
    store.rememberClientToken("b", record(now + 20));
    store.rememberClientToken("c", record(now + 1_000));
    store.save();
    await store.flush();
    now += 15;
    expect(store.purgeExpiredTokens()).toBe(1);
    expect(store.clientTokenCount).toBe(2);
    expect(store.clientToken("b", now)).toBeDefined();
    await store.close();

    now += 10; // b has expired too: a restart drops it and does not write it back
    const again = new SandboxStore({ dataFile, now: () => now, purgeIntervalMs: 0 });
    expect(again.clientTokenCount).toBe(1);
    expect(Object.keys(JSON.parse(readFileSync(dataFile, "utf8")).clientTokens)).toEqual(["c"]);
    await again.close();
  });

  it("the sandbox purges on a timer", async () => {
    let now = 5_000;
    const store = new SandboxStore({ now: () => now, purgeIntervalMs: 20 });
    store.rememberClientToken("x", record(now + 1));
    now += 2;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(store.clientTokenCount).toBe(0);
    await store.close();
  });

  it("fingerprints are keyed per store (HMAC), not a plain hash of the request; the key survives a restart", async () => {
    const dataFile = join(dir, "state.json");
    const request = JSON.stringify({ password: SECRETS.password });
    const a = new SandboxStore({ dataFile, purgeIntervalMs: 0 });
    const b = new SandboxStore({ purgeIntervalMs: 0 });
    const fingerprint = a.fingerprint(request);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint).not.toBe(createHash("sha256").update(request).digest("hex"));
    expect(b.fingerprint(request)).not.toBe(fingerprint);
    await a.close();
    await b.close();
    const reopened = new SandboxStore({ dataFile, purgeIntervalMs: 0 });
    expect(reopened.fingerprint(request)).toBe(fingerprint);
    expect(JSON.parse(readFileSync(dataFile, "utf8")).fingerprintKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    await reopened.close();
  });
});

it("reads a version 1 data file; its unkeyed client-token hashes are dropped", async () => {
  const dataFile = join(dir, "state.json");
  const token = { requestHash: createHash("sha256").update("{}").digest("hex"), status: 200, response: {}, expiresAt: Date.now() + 60_000 };
  writeFileSync(dataFile, JSON.stringify({ version: 1, collections: { "x.things": { a: { id: "a" } } }, clientTokens: { "appflow:CreateConnectorProfile:t": token } }));
  const store = new SandboxStore({ dataFile, purgeIntervalMs: 0 });
  expect(store.collection("x.things")).toEqual({ a: { id: "a" } });
  expect(store.clientTokenCount).toBe(0);
  expect(JSON.parse(readFileSync(dataFile, "utf8"))).toMatchObject({ version: 2, collections: { "x.things": { a: { id: "a" } } }, clientTokens: {} });
  await store.close();
});

it("reset empties the state, across a restart too", async () => {
  const dataFile = join(dir, "state.json");
  let sandbox = await startSandbox({ dataFile });
  await iot(sandbox, "POST", "/connector-destinations", { CloudConnectorId: "c1", AuthConfig: { oAuth: { authUrl: "https://a.example.com/a", tokenUrl: "https://a.example.com/t", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } } });
  expect((await rawRequest(sandbox.url, "POST", "/_sandbox/reset", { "x-sandbox-admin-token": sandbox.adminToken, "content-type": "application/json" })).status).toBe(200);
  await sandbox.close();
  sandbox = await startSandbox({ dataFile });
  try {
    expect((await iot(sandbox, "GET", "/connector-destinations")).json.ConnectorDestinationList).toEqual([]);
    expect(expectCleanFiles(dataFile).snapshot).toMatchObject({ version: 2, collections: {}, clientTokens: {} });
  } finally {
    await sandbox.close();
  }
});

it("without a data file nothing is written; reads do not write", async () => {
  const sandbox = await startSandbox();
  await iot(sandbox, "GET", "/account-associations/abc");
  await sandbox.close();
  expect(readdirSync(dir)).toEqual([]);
});

it("refuses to start on a corrupt data file rather than overwrite it", async () => {
  const dataFile = join(dir, "state.json");
  writeFileSync(dataFile, '{"version": 1, "collections": {');
  await expect(startSandbox({ dataFile })).rejects.toThrow(/not valid JSON/);
  expect(readFileSync(dataFile, "utf8")).toBe('{"version": 1, "collections": {');
});

it("SANDBOX_DATA_FILE selects the file", () => {
  expect(sandboxOptionsFromEnv({ SANDBOX_DATA_FILE: "/tmp/x.json" }).dataFile).toBe("/tmp/x.json");
});
