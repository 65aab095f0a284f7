/**
 * Relay pagination (`first` / `after`) over AWS's next-token pagination. A cursor names its list,
 * the AWS token of the page its item came from, that page's size and the item's position, so a
 * list can resume after any item, not only at page ends. Cursors are opaque to clients.
 */
import { UserErrorCode, UserErrorsException, userError } from "../types/shared/user-error.type";
import type { Edge, Page } from "../types/shared/relay.types";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** At most this many AWS calls per page asked for: AWS may answer short or empty pages with a token. */
const MAX_AWS_CALLS_PER_PAGE = 5;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface AwsPage<T> {
  items: T[];
  nextToken?: string | null;
}

/** One AWS list call: the page at `token` (undefined: the first), at most `size` items. */
export type FetchPage<T> = (token: string | undefined, size: number) => Promise<AwsPage<T>>;

interface Position {
  token: string | null;
  size: number;
  /** Index of the item in its page; -1 means "before the first item of the page". */
  index: number;
}

function encodeCursor(list: string, p: Position): string {
  return Buffer.from(JSON.stringify([list, p.token, p.size, p.index]), "utf8").toString("base64url");
}

function decodeCursor(list: string, cursor: string): Position {
  try {
    const [name, token, size, index] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (name === list && (token === null || typeof token === "string") && Number.isInteger(size) && Number.isInteger(index)) {
      return { token: token as string | null, size: size as number, index: index as number };
    }
  } catch {
    // falls through to the user error below
  }
  throw new UserErrorsException([userError(["after"], "Not a cursor of this list; pass an endCursor or edge cursor this list returned.", UserErrorCode.INVALID)]);
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new UserErrorsException([userError(["first"], `Must be between 1 and ${MAX_PAGE_SIZE}.`, UserErrorCode.OUT_OF_RANGE)]);
  }
  return size;
}

/**
 * One page of `first` items after the `after` cursor of list `list`. `awsMaxPageSize` is the
 * largest page the AWS operation accepts.
 */
export async function paginate<T>(list: string, args: PageArgs, awsMaxPageSize: number, fetch: FetchPage<T>): Promise<Page<T>> {
  const first = pageSize(args.first);
  const start = args.after ? decodeCursor(list, args.after) : { token: null, size: Math.min(first, awsMaxPageSize), index: -1 };
  let token = start.token;
  let size = start.size;
  let skip = start.index + 1;
  const edges: Edge<T>[] = [];
  let hasNextPage = false;
  let resumeAt: Position | undefined;
  for (let calls = 1; ; calls++) {
    const page = await fetch(token ?? undefined, size);
    for (let i = skip; i < page.items.length; i++) {
      if (edges.length === first) {
        hasNextPage = true;
        break;
      }
      edges.push({ cursor: encodeCursor(list, { token, size, index: i }), node: page.items[i]! });
    }
    const nextToken = page.nextToken || null;
    if (edges.length === first) {
      hasNextPage ||= nextToken !== null;
      break;
    }
    if (nextToken === null) break;
    token = nextToken;
    size = Math.min(first - edges.length, awsMaxPageSize);
    skip = 0;
    if (calls === MAX_AWS_CALLS_PER_PAGE) {
      // Short pages kept coming: answer what we have and let the client continue from the next token.
      hasNextPage = true;
      resumeAt = { token, size, index: -1 };
      break;
    }
  }
  const endCursor = resumeAt ? encodeCursor(list, resumeAt) : (edges.at(-1)?.cursor ?? null);
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor },
  };
}
