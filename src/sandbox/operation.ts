import type { ServiceName } from "./errors";
import type { Rule } from "./rules";
import type { SandboxStore } from "./store";

export interface SandboxContext {
  store: SandboxStore;
  region: string;
  accountId: string;
  /** Base URL of the sandbox, for links it hands out (the OAuth approve page). */
  baseUrl: string;
  oauthAuthorizeDelayMs: number;
  now(): Date;
}

/** One AWS operation the sandbox answers: where it is on the wire, what it rejects, what it does. */
export interface Operation {
  name: string;
  /** restJson1: method and URI template (`{Label}` segments); awsJson1_1: matched by X-Amz-Target. */
  method?: string;
  uri?: string;
  successCode: number;
  rules: readonly Rule[];
  /** Member that carries the idempotency token, if any. */
  clientToken?: string;
  handle(input: any, ctx: SandboxContext): unknown;
}

export interface ServiceDefinition {
  name: ServiceName;
  signingName: string;
  operations: readonly Operation[];
}
