/**
 * Every rewritten AWS pattern accepts exactly what AWS's own pattern accepts (checked exhaustively on
 * short strings, where the original is still fast), and finishes on pathological input that makes the
 * original backtrack exponentially or polynomially.
 */
import { APPFLOW, EVENTBRIDGE, IOT_MANAGED_INTEGRATIONS as IOT } from "../../src/validation/patterns";
import type { SafePattern } from "../../src/validation/safe-pattern";

/** Every concatenation of up to `depth` tokens. */
function* strings(tokens: string[], depth: number, prefix = ""): Generator<string> {
  yield prefix;
  if (depth === 0) return;
  for (const token of tokens) yield* strings(tokens, depth - 1, prefix + token);
}

const cases: Array<[string, SafePattern, RegExp, string[], number]> = [
  ["EventBridge auth header value", EVENTBRIDGE.authHeaderValue, /^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$/, [" ", "\t", "a", ":", "\x01", "\x7f", "é"], 6],
  ["EventBridge header value", EVENTBRIDGE.headerValue, /^[ \t]*[\x20-\x7E]+([ \t]+[\x20-\x7E]+)*[ \t]*$/, [" ", "\t", "a", "é", "\x01"], 6],
  ["EventBridge https endpoint", EVENTBRIDGE.httpsEndpoint, /^https:\/\/.*$/, [], 0],
  ["AppFlow KMS ARN", APPFLOW.kmsArn, /^arn:aws:kms:.*:[0-9]+:/, ["arn:aws:kms:", ":", "1", "a", "\n"], 6],
  ["AppFlow lambda ARN", APPFLOW.lambdaArn, /^arn:aws:.*:.*:[0-9]+:/, ["arn:aws:", ":", "1", "a", "\n"], 6],
  ["AppFlow PrivateLink service", APPFLOW.privateLinkServiceName, /^$|com.amazonaws.vpce.[\w/!:@#.\-]+$/, ["com.amazonaws.vpce.", "comXamazonaws.vpce_", "a", " ", "\n", ".", "#"], 4],
  ["IoT OAuth URL", IOT.oauthUrl, /^https?:\/\/(www\.)?[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}([-a-zA-Z0-9()@:%_\+.~#?&\/=]*)$/, ["https://", "http://", "www.", "a", ".", "(", "?", " ", "/"], 5],
];

describe.each(cases.filter((c) => c[3].length > 0))("%s", (_name, safe, original, tokens, depth) => {
  it("accepts exactly what the AWS pattern accepts", () => {
    let checked = 0;
    for (const value of strings(tokens, depth)) {
      if (safe.test(value) !== original.test(value)) throw new Error(`differs on ${JSON.stringify(value)}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("EventBridge https endpoint", () => {
  it("accepts https URLs with percent escapes and refuses http and bad escapes", () => {
    expect(EVENTBRIDGE.httpsEndpoint.test("https://auth.example.com/oauth2/token?x=%20y")).toBe(true);
    expect(EVENTBRIDGE.httpsEndpoint.test("http://auth.example.com/token")).toBe(false);
    expect(EVENTBRIDGE.httpsEndpoint.test("https://auth.example.com/%zz")).toBe(false);
  });
});

describe("pathological input completes (each would hang the AWS original)", () => {
  const n = 50_000;
  it.each([
    ["auth header value", EVENTBRIDGE.authHeaderValue, "a ".repeat(n) + "\x00"],
    ["header value", EVENTBRIDGE.headerValue, "a ".repeat(n) + "\x01"],
    ["https endpoint", EVENTBRIDGE.httpsEndpoint, "https://" + "%20".repeat(n) + " "],
    ["KMS ARN", APPFLOW.kmsArn, "arn:aws:kms:" + ":1a".repeat(n)],
    ["lambda ARN", APPFLOW.lambdaArn, "arn:aws:" + ":".repeat(n)],
    ["PrivateLink service", APPFLOW.privateLinkServiceName, "com.amazonaws.vpce.".repeat(n / 10) + " "],
    ["IoT OAuth URL", IOT.oauthUrl, "https://" + "a.".repeat(n) + " "],
  ])("%s", (_name, safe, value) => {
    expect(safe.test(value)).toBe(false);
  });
});
