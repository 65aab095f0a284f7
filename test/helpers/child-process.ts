/** Processes a test starts (the built gateway, `npm start`, the standalone sandbox, redis-server). */
import type { ChildProcess } from "node:child_process";

/**
 * Collects the child's stdout and stderr into `output` and resolves with the first complete stdout
 * line that matches `pattern` (a line still being written is not matched); rejects, with everything
 * the child printed, if it exits first.
 */
export function waitForLine(child: ChildProcess, output: string[], pattern: RegExp, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      const line = output.join("").split("\n").slice(0, -1).find((l) => pattern.test(l));
      if (line !== undefined) resolve(line);
    });
    child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("exit", (code) => reject(new Error(`${what} exited with ${code}:\n${output.join("")}`)));
  });
}
