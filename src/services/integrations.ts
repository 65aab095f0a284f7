/**
 * The cross-service list: the sources one after another, each paged with its own AWS tokens. A
 * cursor names the source and the position inside it, so the list resumes where it stopped.
 */
import type { Services } from "../registry";
import type { GatewayContext } from "../schema/context";
import type { IntegrationFilterInput } from "../types/shared/integration-filter.input";
import type { Integration } from "../types/shared/integration.interface";
import type { Edge, Page } from "../types/shared/relay.types";
import { UserErrorCode, UserErrorsException, userError } from "../types/shared/user-error.type";
import { INTEGRATION_SOURCES } from "./integration-sources";
import { paginate, pageSize, type PageArgs } from "./pagination";
import { SERVICE_OF_KIND } from "./integration-status";

const LIST = "integrations";

function encode(source: number, inner: string | null): string {
  return Buffer.from(JSON.stringify([LIST, source, inner]), "utf8").toString("base64url");
}

function decode(cursor: string): { source: number; inner: string | null } {
  try {
    const [list, source, inner] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (list === LIST && Number.isInteger(source) && (source as number) >= 0 && (inner === null || typeof inner === "string")) {
      return { source: source as number, inner: inner as string | null };
    }
  } catch {
    // falls through
  }
  throw new UserErrorsException([userError(["after"], "Not a cursor of this list; pass an endCursor or edge cursor this list returned.", UserErrorCode.INVALID)]);
}

export async function listIntegrations(services: Services, ctx: GatewayContext, filter: IntegrationFilterInput | null, args: PageArgs): Promise<Page<Integration>> {
  const first = pageSize(args.first);
  const start = args.after ? decode(args.after) : { source: 0, inner: null };
  const wanted = (item: Integration) => !filter?.statuses?.length || filter.statuses.includes(item.status);
  const edges: Edge<Integration>[] = [];
  let hasNextPage = false;
  let endCursor: string | null = null;
  for (let index = start.source; index < INTEGRATION_SOURCES.length && edges.length < first; index++) {
    const source = INTEGRATION_SOURCES[index]!;
    if (filter?.kinds?.length && !filter.kinds.includes(source.kind)) continue;
    if (filter?.services?.length && !filter.services.includes(SERVICE_OF_KIND[source.kind])) continue;
    const inner = index === start.source ? start.inner : null;
    const page = await paginate(`${LIST}:${source.kind}`, { first: first - edges.length, after: inner }, source.awsMaxPageSize, (token, size) => source.list(services, ctx, token, size));
    for (const edge of page.edges) if (wanted(edge.node)) edges.push({ cursor: encode(index, edge.cursor), node: edge.node });
    endCursor = page.pageInfo.endCursor ? encode(index, page.pageInfo.endCursor) : endCursor;
    if (page.pageInfo.hasNextPage) {
      hasNextPage = true;
      break;
    }
    // This source is exhausted: the next page starts with the next source.
    endCursor = encode(index + 1, null);
  }
  hasNextPage ||= edges.length === first && endCursor !== null && decode(endCursor).source < INTEGRATION_SOURCES.length;
  return { edges, nodes: edges.map((e) => e.node), pageInfo: { hasNextPage, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor } };
}
