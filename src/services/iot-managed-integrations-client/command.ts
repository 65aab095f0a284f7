import type { HttpResponse } from "@smithy/protocol-http";
import type { MetadataBearer } from "@smithy/types";

/** Input member names of a request shape. */
type MemberOf<I> = Extract<keyof I, string>;

/**
 * Everything the restJson1 protocol needs to know about one operation, copied from its traits in
 * the Smithy model. Members not bound to the URI, the query or a header go to the JSON body.
 */
export interface OperationSpec<I extends object, O extends MetadataBearer> {
  /** The model's operation name (also used in logs and retry scopes). */
  name: string;
  /** `smithy.api#http`: `{Label}` / `{Label+}` in `uri` are filled from the input member of that name. */
  http: { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; uri: string; code: number };
  /** `smithy.api#httpQuery`: member -> query parameter name. */
  query?: { readonly [K in MemberOf<I>]?: string };
  /** `smithy.api#httpHeader`: member -> header name. */
  headers?: { readonly [K in MemberOf<I>]?: string };
  /** Members serialized into the JSON body; omit when the input has no body members. */
  body?: readonly MemberOf<I>[];
  /** `smithy.api#idempotencyToken`: filled with a random UUID when absent. */
  idempotencyToken?: MemberOf<I>;
  /** Reads the output from the parsed JSON body (default: the body's members as they are). */
  output?: (body: Record<string, unknown>, response: HttpResponse) => Omit<O, "$metadata">;
}

/** What `IoTManagedIntegrationsClient.send` accepts: an input plus its operation's spec. */
export interface IoTManagedIntegrationsCommand<I extends object, O extends MetadataBearer> {
  readonly input: I;
  readonly operation: OperationSpec<I, O>;
}

/**
 * Base class of one command, used as `class XCommand extends command<XInput, XOutput>({...}) {}`
 * (the shape of the SDK's `Command.classBuilder()...build()`).
 */
export function command<I extends object, O extends MetadataBearer>(spec: OperationSpec<I, O>) {
  return class implements IoTManagedIntegrationsCommand<I, O> {
    static readonly operation = spec;
    readonly operation: OperationSpec<I, O> = spec;
    constructor(readonly input: I) {}
  };
}
