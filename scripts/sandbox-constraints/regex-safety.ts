/**
 * Finds the patterns a backtracking engine (V8's) can take exponential time on: a repeated group
 * whose body can itself match in more than one length (nested quantifiers, "star height" 2, as in
 * `(a+)*` or `([ \t]+x+)*`). Such a pattern must be replaced by a reviewed rewrite before it is run
 * on input. Patterns with one level of quantifiers are linear here because the sandbox checks the
 * model's length before it runs a pattern.
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
  const stack: { start: number; variable: boolean }[] = [{ start: 0, variable: false }];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "(") {
      stack.push({ start: i, variable: false });
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
    }
    if (bodyVariable) frame.variable = true;
    i = atomEnd + (q?.length ?? 0);
  }
  if (stack.length !== 1) throw new Error(`unbalanced ( in pattern ${source}`);
  return undefined;
}
