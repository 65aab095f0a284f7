/**
 * Finds the patterns a backtracking engine (V8's) can take super-linear time on:
 * - a repeated group whose body can itself match in more than one length (nested quantifiers, as in
 *   `(a+)*` or `([ \t]+x+)*`): exponential;
 * - two unbounded quantifiers on `.` in one sequence (`.*:.*:`): each can end at every position the
 *   other can, so the engine tries every pair: polynomial.
 * Such a pattern must be replaced by a reviewed rewrite before it runs on input. The test of the
 * generated constraints also times every pattern, as run, on pathological inputs.
 */

interface Quantifier {
  min: number;
  max: number;
  length: number;
}

/** The quantifier at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy), if there is one. */
function quantifierAt(source: string, i: number): Quantifier | undefined {
  const c = source[i];
  const lazy = (n: number) => (source[i + n] === "?" ? n + 1 : n);
  if (c === "*") return { min: 0, max: Infinity, length: lazy(1) };
  if (c === "+") return { min: 1, max: Infinity, length: lazy(1) };
  if (c === "?") return { min: 0, max: 1, length: lazy(1) };
  const braces = c === "{" ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
  if (!braces) return undefined;
  const min = Number(braces[1]);
  const max = braces[2] === undefined ? min : braces[3] === "" ? Infinity : Number(braces[3]);
  return { min, max, length: lazy(braces[0].length) };
}

/** Length of the escape or character class starting at `i`. */
function atomLength(source: string, i: number): number {
  if (source[i] === "\\") return 2;
  if (source[i] !== "[") return 1;
  let j = i + 1;
  if (source[j] === "^") j++;
  if (source[j] === "]") j++; // a leading ] is literal
  while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
  return j + 1 - i;
}

/** A description of the first nested quantifier in `source`, or undefined when there is none. */
export function nestedQuantifier(source: string): string | undefined {
  // One frame per open group: where it starts and whether its body has a variable-length quantifier.
  const stack: { start: number; variable: boolean; dotStars: number }[] = [{ start: 0, variable: false, dotStars: 0 }];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "(") {
      stack.push({ start: i, variable: false, dotStars: 0 });
      // `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`
      i += /^\((\?(<[=!]|<[^>]*>|[:=!]))?/.exec(source.slice(i))![0].length;
      continue;
    }
    let bodyVariable = false;
    let atomEnd: number;
    let atomStart = i;
    if (c === ")") {
      const group = stack.pop()!;
      if (!stack.length) throw new Error(`unbalanced ) in pattern ${source}`);
      bodyVariable = group.variable;
      atomStart = group.start;
      atomEnd = i + 1;
    } else if (c === "|" || c === "^" || c === "$") {
      if (c === "|") stack[stack.length - 1]!.dotStars = 0; // a new alternative
      i++;
      continue;
    } else {
      atomEnd = i + atomLength(source, i);
    }
    const q = quantifierAt(source, atomEnd);
    const frame = stack[stack.length - 1]!;
    if (q) {
      if (bodyVariable && q.max > 1) return `${source.slice(atomStart, atomEnd + q.length)} repeats a group whose body varies in length`;
      if (q.min !== q.max) frame.variable = true;
      if (c === "." && q.max === Infinity && ++frame.dotStars > 1) return `${source} has two unbounded quantifiers on . in one sequence`;
    }
    if (bodyVariable) frame.variable = true;
    i = atomEnd + (q?.length ?? 0);
  }
  if (stack.length !== 1) throw new Error(`unbalanced ( in pattern ${source}`);
  return undefined;
}
