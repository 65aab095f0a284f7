/** Relay connections: one generic shape for every list, so clients page all of them the same way. */
import { type ClassType, Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a page sits in its list (Relay)." })
export class PageInfo {
  @Field({ description: "More items follow: pass `endCursor` as `after`." })
  hasNextPage!: boolean;

  @Field({ description: "Always false: lists page forward only, as AWS's next tokens do." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of this page." })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of this page; pass it as `after` for the next page." })
  endCursor?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** `XConnection` and `XEdge` object types for one node type. */
export function connectionOf<T extends object>(NodeType: ClassType<T> | Function, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: "Opaque cursor of this item; pass it as `after` to continue after it." })
    cursor!: string;

    @Field(() => NodeType, { description: "The item." })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The items of this page with their cursors." })
    edges!: EdgeType[];

    @Field(() => [NodeType], { description: "The items of this page (the edges' nodes, when cursors are not needed)." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Whether more items follow, and the cursor to continue from." })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}
