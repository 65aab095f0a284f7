/** Builds the fields every `Integration` shares, so each service's output mapping states only what differs. */
import type { Integration } from "../types/shared/integration.interface";
import { AwsService, IntegrationKind, IntegrationStatus, NextActionKind } from "../types/shared/integration.enums";
import type { NextAction } from "../types/shared/next-action.type";
import { toGlobalId } from "./global-id";

export const SERVICE_OF_KIND: Record<IntegrationKind, AwsService> = {
  [IntegrationKind.CONNECTOR_PROFILE]: AwsService.APPFLOW,
  [IntegrationKind.REGISTERED_CONNECTOR]: AwsService.APPFLOW,
  [IntegrationKind.CONNECTION]: AwsService.EVENTBRIDGE,
  [IntegrationKind.CONNECTOR_DESTINATION]: AwsService.IOT_MANAGED_INTEGRATIONS,
  [IntegrationKind.ACCOUNT_ASSOCIATION]: AwsService.IOT_MANAGED_INTEGRATIONS,
};

export interface IntegrationFacts {
  kind: IntegrationKind;
  /** The id AWS knows it by (name, label or id): what `node(id:)` looks up. */
  awsId: string;
  displayName?: string | null;
  arn?: string | null;
  authKind?: string | null;
  status: IntegrationStatus;
  awsState?: string | null;
  statusReason?: string | null;
  nextAction?: NextAction | null;
  createdAt?: Date | null;
  updatedAt?: Date | null;
}

export function integrationFields(facts: IntegrationFacts): Integration {
  const { awsId, ...rest } = facts;
  return {
    id: toGlobalId(facts.kind, awsId),
    service: SERVICE_OF_KIND[facts.kind],
    displayName: null,
    arn: null,
    authKind: null,
    awsState: null,
    statusReason: null,
    nextAction: null,
    createdAt: null,
    updatedAt: null,
    ...rest,
  };
}

export const waitFor = (message: string): NextAction => ({ kind: NextActionKind.WAIT, message, url: null });

export function nextAction(kind: NextActionKind, message: string, url: string | null = null): NextAction {
  return { kind, message, url };
}
