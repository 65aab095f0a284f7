/**
 * Test and hook timeouts under jest-light-runner, which runs each test without one (a hung test
 * would hang the whole run). Every test and hook jest-circus registers is wrapped as it is added;
 * the limit is the one given to `it(name, fn, ms)`, else the file's `jest.setTimeout(ms)`, else
 * DEFAULT_TIMEOUT_MS. Loaded once per worker (setupFilesAfterEnv), the circus state per test file.
 */
import { createRequire } from "node:module";

type Fn = (...args: unknown[]) => unknown;
interface Entry { fn: Fn; timeout?: number }
interface Block { children: Array<Entry & { type: string }>; hooks: Entry[] }
interface State { currentDescribeBlock: Block }
type Circus = { addEventHandler(handler: (event: { name: string }, state: State) => void): void; getState(): State };

export const DEFAULT_TIMEOUT_MS = 30_000;

// The runner's own jest-circus: its state lives behind a module-private symbol.
const circus = createRequire(require.resolve("jest-light-runner"))("jest-circus") as Circus;
const fileTimeouts = new WeakMap<State, number>();

(globalThis as unknown as { jest: { setTimeout(ms: number): void } }).jest.setTimeout = (ms: number) => {
  fileTimeouts.set(circus.getState(), ms);
};

circus.addEventHandler((event, state) => {
  const block = state.currentDescribeBlock;
  const entry = event.name === "add_test" ? block.children.at(-1) : event.name === "add_hook" ? block.hooks.at(-1) : undefined;
  if (!entry || (event.name === "add_test" && (entry as { type?: string }).type !== "test")) return;
  const { fn, timeout } = entry;
  entry.fn = () => withTimeout(fn, timeout ?? fileTimeouts.get(state) ?? DEFAULT_TIMEOUT_MS);
});

function withTimeout(fn: Fn, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Exceeded timeout of ${ms} ms`)), ms);
  });
  // Source maps off while the test runs: graphql-js and Apollo read the stack of every error they wrap
  // (each validation error, each resolver error), and mapping those frames cost about 2 % of the
  // suite's CPU. A failure's stack is read once they are back on, so it still names .ts lines (V8
  // formats a stack when it is first read). Modules a test loads itself stay unmapped.
  process.setSourceMapsEnabled(false);
  const settled = Promise.race([call(fn), limit]).finally(() => {
    process.setSourceMapsEnabled(true);
    clearTimeout(timer);
  });
  return settled.catch((error: unknown) => {
    void (error as Error | undefined)?.stack;
    throw error;
  });
}

/** As the runner calls a test: with a `done` callback when it declares one. */
function call(fn: Fn): Promise<unknown> {
  if (fn.length === 0) return Promise.resolve().then(() => fn());
  return new Promise((resolve, reject) => fn((error: unknown, result: unknown) => (error ? reject(error) : resolve(result))));
}
