/** What a service module declares: its wire protocol, its errors and its operations. */
import type { Rule } from "./rules";
import type { SandboxStore } from "./store";

export type ServiceName = "appflow" | "eventbridge" | "iot-managed-integrations";
export type Protocol = "restJson1" | "awsJson1_1";

/** What a handler may use: the store, the account it plays, and the sandbox's own base URL. */
export interface SandboxContext {
  store: SandboxStore;
  region: string;
  accountId: string;
  /** Base URL of the sandbox, for links it hands out (the OAuth approve page). */
  baseUrl: string;
  oauthAuthorizeDelayMs: number;
  now(): Date;
}

export interface QueryMember {
  member: string;
  type: "string" | "integer";
}

/** One AWS operation: where it is on the wire, what it rejects, what it does. */
export interface Operation {
  name: string;
  /**
   * restJson1 only: the operation's `smithy.api#http` trait (URI labels as `{Name}`), and its
   * `smithy.api#httpQuery` members (query name -> member name and type).
   */
  http?: { method: string; uri: string; query?: Readonly<Record<string, QueryMember>> };
  /** Success status (restJson1: the http trait's code; awsJson1_1: always 200). */
  code: number;
  rules: readonly Rule[];
  /** The member that carries the idempotency token (`smithy.api#idempotencyToken`), if any. */
  idempotencyToken?: string;
  /** Whether the operation changes the store (so it is persisted afterwards). */
  mutates: boolean;
  /** Returns the output structure (undefined: no body, as for a 204); throws AwsError for AWS's modeled errors. */
  handle(input: any, ctx: SandboxContext): unknown;
}

export interface ServiceDefinition {
  name: ServiceName;
  /** SigV4 signing name: the service in the credential scope. */
  signingName: string;
  protocol: Protocol;
  /** awsJson1_1: the X-Amz-Target prefix before `.<Operation>`. */
  targetPrefix?: string;
  /** Member holding an error's message in this model (`message` or `Message`). */
  errorMessageMember: "message" | "Message";
  /** Status of each error code, from `smithy.api#httpError` (awsJson1_1: 400 unless listed). */
  errorStatus: Readonly<Record<string, number>>;
  throttlingCode: string;
  internalErrorCode: string;
  operations: readonly Operation[];
}
