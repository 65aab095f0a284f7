import { createLogger } from "../../src/server/logger";
import { MIN_SECRET_LENGTH_ANYWHERE, REDACTED, redact, secretForms } from "../../src/validation/secrets";

describe("redaction of secrets from messages", () => {
  it("replaces a whole secret value wherever it occurs", () => {
    expect(redact("Invalid password Hunter2Secret for user bob", ["Hunter2Secret"])).toBe(`Invalid password ${REDACTED} for user bob`);
    expect(redact("token=Hunter2Secret&Hunter2Secret", ["Hunter2Secret"])).toBe(`token=${REDACTED}&${REDACTED}`);
    // A long secret is redacted even glued to other text: the glue does not make it less of a leak.
    expect(redact("xHunter2Secrety", ["Hunter2Secret"])).toBe(`x${REDACTED}y`);
  });

  it("finds JSON-escaped forms (quotes, backslashes, control and non-ASCII characters)", () => {
    const secret = 'p"a\\ss\nwörd';
    const json = JSON.stringify({ Tags: { [secret]: "v" } });
    expect(json).not.toContain(secret);
    const out = redact(`Invalid tag: ${json}`, [secret]);
    expect(out).toBe(`Invalid tag: {"Tags":{"${REDACTED}":"v"}}`);
    // ASCII-only JSON (\u00f6) and GraphQL's printString (\u00F6) too.
    expect(redact('key "p\\"a\\\\ss\\nw\\u00f6rd" is reserved', [secret])).toBe(`key "${REDACTED}" is reserved`);
    expect(redact('key "p\\"a\\\\ss\\nw\\u00F6rd" is reserved', [secret])).toBe(`key "${REDACTED}" is reserved`);
    // JSON inside JSON (an AWS message quoting a request body).
    const twice = JSON.stringify(JSON.stringify({ key: secret }));
    expect(redact(twice, [secret])).not.toContain("w\\\\u00f6rd");
    expect(redact(twice, [secret])).toContain(REDACTED);
    expect(redact("a\\/b\\/c-secret-value", ["a/b/c-secret-value"])).toBe(REDACTED);
  });

  it("finds URL-encoded forms (component, form '+', lower-case hex, RFC 3986 strict)", () => {
    const secret = "s3cr et/&=ü!";
    for (const encoded of [
      encodeURIComponent(secret),
      encodeURIComponent(secret).replace(/%20/g, "+"),
      encodeURIComponent(secret).toLowerCase().replace(/s3cr/, "s3cr"),
      encodeURIComponent(secret).replace("!", "%21"),
    ]) {
      const out = redact(`https://auth.example.com/token?client_secret=${encoded}&grant_type=x`, [secret]);
      expect(out).toBe(`https://auth.example.com/token?client_secret=${REDACTED}&grant_type=x`);
    }
    expect(secretForms(secret).size).toBeGreaterThan(4);
  });

  it("leaves unrelated text intact for short secrets: only whole delimited tokens go", () => {
    expect(MIN_SECRET_LENGTH_ANYWHERE).toBeGreaterThanOrEqual(6);
    expect(redact("Connection already exists", ["e"])).toBe("Connection already exists");
    expect(redact("Error in node-http-handler: socket hang up", ["p"])).toBe("Error in node-http-handler: socket hang up");
    expect(redact("Error in node-http-handler", ["http"])).toBe("Error in node-http-handler");
    expect(redact('Header value "e" is not allowed', ["e"])).toBe(`Header value "${REDACTED}" is not allowed`);
    expect(redact("key=abc&b=1", ["abc"])).toBe(`key=${REDACTED}&b=1`);
    expect(redact("Tag key env.", ["env"])).toBe(`Tag key ${REDACTED}.`);
    expect(redact("environment", ["env"])).toBe("environment");
    expect(redact('{"k":"e"}', ["e"])).toBe(`{"k":"${REDACTED}"}`);
    expect(redact("x=a%20b;", ["a b"])).toBe(`x=${REDACTED};`);
    // Word boundaries are code points: an emoji next to a short secret delimits it, a letter does not.
    expect(redact("😀abc😀", ["abc"])).toBe(`😀${REDACTED}😀`);
    expect(redact("éabc", ["abc"])).toBe("éabc");
  });

  it("merges overlapping secrets so no tail is left and never matches its own marker", () => {
    expect(redact("xx-Hunter2Secret-and-more-yy", ["Hunter2Secret", "Secret-and-more"])).toBe(`xx-${REDACTED}-yy`);
    expect(redact("value redacted-please here", ["redacted-please", "redacted"])).toBe(`value ${REDACTED} here`);
    expect(redact("nothing here", [])).toBe("nothing here");
    expect(redact("nothing here", [""])).toBe("nothing here");
  });
});

describe("log lines", () => {
  it("censor a member named like a secret at any depth and in lists, whatever its case, and keep the rest", () => {
    const lines: string[] = [];
    const fields = { operation: "CreateConnection", nested: { clientSecret: "s-1", deep: { list: [{ Password: "p-2", keep: 1 }] } }, variables: { a: "v-3" } };
    createLogger("info", (line) => lines.push(line)).info("call", fields);
    const logged = JSON.parse(lines[0]!);
    expect(logged).toMatchObject({ operation: "CreateConnection", nested: { clientSecret: "[redacted]", deep: { list: [{ Password: "[redacted]", keep: 1 }] } }, variables: "[redacted]" });
    expect(fields.nested.clientSecret).toBe("s-1"); // the caller's object is left as it was
  });
});
