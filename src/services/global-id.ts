/**
 * Global ids (Relay): service, kind and AWS id in one opaque string, so `node(id:)` can find any
 * integration. Base64url keeps them URL-safe; clients must not parse them.
 */
import { IntegrationKind } from "../types/shared/integration.enums";

const PREFIX = "ig1";

export interface GlobalId {
  kind: IntegrationKind;
  awsId: string;
}

export function toGlobalId(kind: IntegrationKind, awsId: string): string {
  return Buffer.from(`${PREFIX}:${kind}:${awsId}`, "utf8").toString("base64url");
}

/** The parts of a global id, or undefined for anything this gateway did not hand out. */
export function fromGlobalId(id: string): GlobalId | undefined {
  if (id.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(id)) return undefined;
  const text = Buffer.from(id, "base64url").toString("utf8");
  const first = text.indexOf(":");
  const second = text.indexOf(":", first + 1);
  if (first < 0 || second < 0 || text.slice(0, first) !== PREFIX) return undefined;
  const kind = text.slice(first + 1, second);
  const awsId = text.slice(second + 1);
  if (!(kind in IntegrationKind) || awsId === "") return undefined;
  return { kind: kind as IntegrationKind, awsId };
}
