/**
 * Finds the service and operation of an API request the way AWS's front ends do: the service is
 * the one the SigV4 credential scope names, then the operation is found by method and URI
 * (restJson1) or by X-Amz-Target (awsJson1_1). The signature itself is not verified.
 */
import type http from "node:http";
import type { Operation, ServiceDefinition } from "./operation";
import { SERVICES } from "./services";

export interface SigningScope {
  date: string;
  region: string;
  service: string;
}

export type ScopeResult = { ok: true; scope: SigningScope } | { ok: false; code: "MissingAuthenticationTokenException" | "IncompleteSignatureException"; message: string };

const SCOPE = /^(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request$/;

/** The credential scope from the Authorization header (or a presigned URL's X-Amz-Credential). */
export function signingScope(req: http.IncomingMessage, url: URL): ScopeResult {
  const header = req.headers.authorization;
  const presigned = url.searchParams.get("X-Amz-Credential");
  if (!header && !presigned) return { ok: false, code: "MissingAuthenticationTokenException", message: "Missing Authentication Token" };
  let credential = presigned ?? "";
  if (header) {
    const parts = /^AWS4-HMAC-SHA256 (.*)$/.exec(header)?.[1];
    const fields = Object.fromEntries((parts ?? "").split(",").map((p) => p.trim().split("=", 2) as [string, string]));
    if (!parts || !fields.Credential || !fields.SignedHeaders || !fields.Signature) {
      return { ok: false, code: "IncompleteSignatureException", message: "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters in an AWS4-HMAC-SHA256 header." };
    }
    credential = fields.Credential;
  }
  const scope = SCOPE.exec(credential.slice(credential.indexOf("/") + 1));
  if (credential.indexOf("/") < 1 || !scope) {
    return { ok: false, code: "IncompleteSignatureException", message: "Credential must have the form <access key id>/<date>/<region>/<service>/aws4_request." };
  }
  return { ok: true, scope: { date: scope[1]!, region: scope[2]!, service: scope[3]! } };
}

export const serviceBySigningName = (name: string) => SERVICES.find((s) => s.signingName === name);

/** Matches a `/account-associations/{AccountAssociationId}` style template; returns the labels. */
function matchUri(template: string, path: string): Record<string, string> | undefined {
  const t = template.split("/");
  const p = path.split("/");
  if (t.length !== p.length) return undefined;
  const labels: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const label = /^\{(\w+)\}$/.exec(t[i]!);
    if (label && p[i]) {
      try {
        labels[label[1]!] = decodeURIComponent(p[i]!);
      } catch {
        return undefined;
      }
    } else if (t[i] !== p[i]) return undefined;
  }
  return labels;
}

export function findOperation(service: ServiceDefinition, req: http.IncomingMessage, url: URL): { op: Operation; labels: Record<string, string> } | undefined {
  if (service.protocol === "awsJson1_1") {
    const target = String(req.headers["x-amz-target"] ?? "");
    const op = req.method === "POST" && url.pathname === "/" ? service.operations.find((o) => target === `${service.targetPrefix}.${o.name}`) : undefined;
    return op && { op, labels: {} };
  }
  for (const op of service.operations) {
    const labels = op.http && op.http.method === req.method ? matchUri(op.http.uri, url.pathname) : undefined;
    if (labels) return { op, labels };
  }
  return undefined;
}
