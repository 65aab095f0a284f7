/** What IoT Managed Integrations' destination and association operations share. */
import { AwsError } from "../../errors";
import { modelOperation } from "../../model-constraints";
import { page, pageScope } from "../../paging";
import type { Rule } from "../../rules";

/** IoT Managed Integrations' operations from its model, with the service rules given. */
export const iotOperation = (name: string, serviceRules: readonly Rule[] = []) => modelOperation("iot-managed-integrations", name, serviceRules);

export const DESTINATIONS = "iot.connectorDestinations";
export const ASSOCIATIONS = "iot.accountAssociations";

export interface AuthMaterial {
  AuthMaterialName: string;
  SecretsManager: { arn: string; versionId: string };
}

/** The GetConnectorDestination members (secret references only, never a secret). */
export interface Destination {
  Id: string;
  Name?: string;
  Description?: string;
  CloudConnectorId: string;
  AuthType?: string;
  AuthConfig: { oAuth?: Record<string, unknown> & { oAuthCompleteRedirectUrl?: string }; GeneralAuthorization?: AuthMaterial[] };
  SecretsManager?: { arn: string; versionId: string };
}

/** The GetAccountAssociation members (but the URL), plus what the approve page needs (never returned). */
export interface Association {
  AccountAssociationId: string;
  Arn: string;
  ConnectorDestinationId: string;
  Name?: string;
  Description?: string;
  AssociationState: string;
  ErrorMessage?: string;
  Tags?: Record<string, string>;
  GeneralAuthorization?: { AuthMaterialName?: string };
  /** OAuth only: the approve page's path (the URL is built on the current base URL, which a restart may change) and its state. */
  oauthPath?: string;
  oauthState?: string;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why an oAuthCompleteRedirectUrl is refused, or undefined when it is fine: an absolute https URL
 * (http only on a loopback host, for local apps), without credentials, whitespace or control
 * characters. The consent page redirects the end user's browser there after the decision.
 */
export function redirectUrlProblem(value: unknown): string | undefined {
  const rule = "Member must be an absolute https URL (http only on a loopback host), without whitespace, control characters or user info";
  if (typeof value !== "string" || /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(value)) return rule;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return rule;
  }
  if (url.username || url.password || !url.hostname) return rule;
  if (url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.test(url.hostname))) return undefined;
  return rule;
}

export const notFound = (resourceType: "ConnectorDestination" | "AccountAssociation") =>
  new AwsError("ResourceNotFoundException", `The ${resourceType === "ConnectorDestination" ? "connector destination" : "account association"} does not exist.`, { ResourceType: resourceType });

/** The model sets no default MaxResults; the sandbox uses 100, within its 1..1000. */
export function iotPage<T>(operation: string, items: readonly T[], input: { MaxResults?: number; NextToken?: string }, filters: Record<string, unknown>) {
  return page(items, { scope: pageScope(operation, filters), token: input.NextToken, size: input.MaxResults ?? 100, invalidTokenCode: "ValidationException" });
}
