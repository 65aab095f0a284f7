/**
 * The generator's regex safety: the detector finds nested quantifiers and repeated `.*`, each
 * reviewed rewrite matches exactly what the model's pattern matches, and every pattern the sandbox
 * runs stays fast on pathological 50k-character inputs.
 */
import { performance } from "node:perf_hooks";
import { nestedQuantifier } from "../../scripts/sandbox-constraints/regex-safety";
import { SAFE_PATTERNS } from "../../scripts/sandbox-constraints/safe-patterns";
import { MODEL_CONSTRAINTS } from "../../src/sandbox/generated/model-constraints";

const generated = Object.values(MODEL_CONSTRAINTS).flatMap((ops) => Object.values(ops).flatMap((op) => op.constraints));
const modelPatterns = [...new Set(generated.flatMap((c) => (c.pattern !== undefined ? [c.pattern] : [])))];
const patternsAsRun = [...new Set(generated.flatMap((c) => (c.pattern !== undefined ? [c.safePattern ?? c.pattern] : [])))];

/** Every string over `alphabet` up to `length` characters, after each prefix. */
function samples(alphabet: string[], length: number, prefixes: string[]): string[] {
  let level = [""];
  const all = [""];
  for (let n = 1; n <= length; n++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    all.push(...level);
  }
  return prefixes.flatMap((p) => all.map((s) => p + s));
}

const once = (fn: () => void) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

/**
 * Milliseconds fn takes: the best of up to three runs when the first is slow. A backtracking pattern
 * is slow every time; a fast one measured slow was preempted (parallel test workers) or hit a GC.
 */
const ms = (fn: () => void, slow = 20) => {
  let best = once(fn);
  for (let i = 0; i < 2 && best > slow; i++) best = Math.min(best, once(fn));
  return best;
};

describe("the unsafe-pattern detector", () => {
  it.each([
    ["(a+)+", true],
    ["(a|b?)*", true],
    ["((ab)*c)+", true],
    ["(x(a*))*", true],
    ["(a+){2}", true],
    ["^.*:.*$", true],
    ["(?:a{2})+", false],
    ["(a+)?", false],
    ["^[(a]+x$", false],
    ["^a.*|b.*$", false],
    ["^\\(+\\)*$", false],
  ])("%s: unsafe %s", (pattern, unsafe) => {
    expect(nestedQuantifier(pattern) !== undefined).toBe(unsafe);
  });

  it("flags exactly the model patterns that have a reviewed rewrite, and none of the rewrites", () => {
    const flagged = modelPatterns.filter((p) => nestedQuantifier(p));
    expect(flagged.sort()).toEqual(Object.keys(SAFE_PATTERNS).sort());
    for (const { safe } of Object.values(SAFE_PATTERNS)) expect(nestedQuantifier(safe)).toBeUndefined();
    // The generated file runs the rewrite wherever the model has an unsafe pattern.
    for (const c of generated) if (c.pattern !== undefined) expect(c.safePattern).toBe(SAFE_PATTERNS[c.pattern]?.safe);
  });
});

describe.each(Object.entries(SAFE_PATTERNS))("the rewrite of %s", (original, { safe }) => {
  const model = new RegExp(original, "u");
  const rewrite = new RegExp(safe, "u");

  it("matches exactly the same strings (every string up to 4 characters over an alphabet of edge cases, after each prefix)", () => {
    const alphabet = [" ", "\t", "a", ":", "1", "\u0001", "\u007f", "\n", "\u2028", "é", "😀"];
    const cases = samples(alphabet, 4, ["", "arn:aws:", "arn:aws:x:", "a b\t"]);
    const differ = cases.filter((s) => rewrite.test(s) !== model.test(s));
    expect(differ).toEqual([]);
    // The samples exercise both outcomes.
    const matched = cases.filter((s) => model.test(s)).length;
    expect(matched).toBeGreaterThan(10);
    expect(cases.length - matched).toBeGreaterThan(10);
  });

  it("answers a pathological 50k-character input in milliseconds", () => {
    const inputs = [" \t", "a\t", "a ", ":", ":1", "a"].map((unit) => `arn:aws:${unit.repeat(25_000)}\u0000`);
    // Backtracking on these inputs takes minutes; a linear pattern takes milliseconds even on a loaded machine.
    for (const input of inputs) expect(ms(() => rewrite.test(input))).toBeLessThan(2_000);
  });
});

it("every pattern the sandbox runs stays fast on pathological 50k-character inputs", () => {
  const units = ["a", " ", "\t", "a ", "a\t", "a.", ":", ":1", "%41", "1", "-", "/", "https://a.", "a.b/"];
  const prefixes = ["", "https://", "arn:aws:", "arn:aws:kms:"];
  const inputs = prefixes.flatMap((p) => units.map((u) => p + u.repeat(Math.ceil(50_000 / u.length)) + "\u0000"));
  const slow: string[] = [];
  for (const source of patternsAsRun) {
    const re = new RegExp(source, "u");
    const worst = Math.max(...inputs.map((input) => ms(() => re.test(input))));
    // A generous bound: catastrophic backtracking takes minutes at 50k; CI load can make linear 150 ms.
    if (worst > 2_000) slow.push(`${source}: ${worst.toFixed(0)} ms`);
  }
  expect(slow).toEqual([]);
});
