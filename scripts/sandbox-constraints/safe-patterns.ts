/**
 * Reviewed linear-time rewrites of model patterns that backtrack exponentially, keyed by the model's
 * pattern. Each rewrite must match exactly the same strings (test/sandbox/safe-patterns.test.ts
 * checks that on samples and times a pathological input); the generator refuses an unsafe pattern
 * that has no entry here.
 */
export const SAFE_PATTERNS: Readonly<Record<string, { safe: string; why: string }>> = {
  // EventBridge AuthHeaderParameters(Sensitive): user names, passwords, API key names and values,
  // OAuth client ids and secrets. X = [^\x00-\x1F:\x7F] holds the space but not the tab, so the
  // pattern is: only X characters and tabs, with at least one X. Leading tabs, then one X, then any
  // mix: \t* and X share no character, so nothing is ever matched two ways.
  "^[ \\t]*[^\\x00-\\x1F:\\x7F]+([ \\t]+[^\\x00-\\x1F:\\x7F]+)*[ \\t]*$": {
    safe: "^\\t*[^\\x00-\\x1F:\\x7F][^\\x00-\\x08\\x0A-\\x1F:\\x7F]*$",
    why: "characters of [^\\x00-\\x1F:\\x7F] or tabs, at least one not a tab",
  },
  // EventBridge HeaderValue(Sensitive): the same shape over Y = [\x20-\x7E] (space included, tab not).
  "^[ \\t]*[\\x20-\\x7E]+([ \\t]+[\\x20-\\x7E]+)*[ \\t]*$": {
    safe: "^\\t*[\\x20-\\x7E][\\t\\x20-\\x7E]*$",
    why: "printable ASCII or tabs, at least one not a tab",
  },
  // AppFlow's generic ARN (RegisterConnector's lambdaArn): quadratic as written. `.` stops at line
  // terminators; the first `.*:` may as well end at the first colon (a later one fits in the second
  // `.*`), which makes it deterministic; the lazy rest tries `:[0-9]+:` at each position, and digit
  // runs after different colons do not overlap, so the whole search is linear.
  "^arn:aws:.*:.*:[0-9]+:": {
    safe: "^arn:aws:[^:\\n\\r\\u2028\\u2029]*:[^\\n\\r\\u2028\\u2029]*?:[0-9]+:",
    why: "after arn:aws:, on the first line, a colon and later :<digits>:",
  },
};
