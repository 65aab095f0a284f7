/**
 * A format check run on user input. Every check must run in linear time: regexes here have no nested
 * or overlapping quantifiers, and AWS patterns that backtrack (see patterns.ts) are rewritten to an
 * equivalent safe regex or a small function. `describe` is what the error message says; it never
 * echoes the value.
 */
export interface SafePattern {
  test(value: string): boolean;
  readonly describe: string;
}

export function regexPattern(regex: RegExp, describe: string): SafePattern {
  return { test: (value) => regex.test(value), describe };
}

export function functionPattern(test: (value: string) => boolean, describe: string): SafePattern {
  return { test, describe };
}
