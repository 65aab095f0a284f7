/** IoT Managed Integrations SDK output -> GraphQL objects. */
import type { AccountAssociationItem, ConnectorDestinationSummary, GetAccountAssociationCommandOutput, GetConnectorDestinationCommandOutput } from "../iot-managed-integrations-client";
import type { AccountAssociation } from "../../types/iot-managed-integrations/account-association.type";
import type { ConnectorDestination } from "../../types/iot-managed-integrations/connector-destination.type";
import { AssociationState, ConnectorDestinationAuthType } from "../../types/iot-managed-integrations/iot.enums";
import { IntegrationKind, IntegrationStatus, NextActionKind } from "../../types/shared/integration.enums";
import { integrationFields, nextAction, waitFor, type IntegrationFacts } from "../integration-status";

type DestinationFacts = Pick<ConnectorDestination, "connectorDestinationId"> & Partial<ConnectorDestination>;

export function toConnectorDestination(facts: DestinationFacts): ConnectorDestination {
  return {
    ...integrationFields({
      kind: IntegrationKind.CONNECTOR_DESTINATION,
      awsId: facts.connectorDestinationId,
      displayName: facts.name ?? null,
      authKind: facts.authType ?? null,
      status: IntegrationStatus.READY,
    }),
    name: null,
    description: null,
    cloudConnectorId: null,
    authType: null,
    authUrl: null,
    tokenUrl: null,
    scope: null,
    oAuthCompleteRedirectUrl: null,
    authMaterialNames: null,
    secretsManagerArn: null,
    ...facts,
  };
}

export function fromDestinationSummary(item: ConnectorDestinationSummary): ConnectorDestination {
  return toConnectorDestination({ connectorDestinationId: item.Id!, name: item.Name ?? null, description: item.Description ?? null, cloudConnectorId: item.CloudConnectorId ?? null });
}

export function fromGetConnectorDestination(output: GetConnectorDestinationCommandOutput): ConnectorDestination {
  const oauth = output.AuthConfig?.oAuth;
  const general = output.AuthConfig?.GeneralAuthorization;
  return toConnectorDestination({
    connectorDestinationId: output.Id!,
    name: output.Name ?? null,
    description: output.Description ?? null,
    cloudConnectorId: output.CloudConnectorId ?? null,
    authType: oauth ? ConnectorDestinationAuthType.OAUTH : general ? ConnectorDestinationAuthType.GENERAL_AUTHORIZATION : null,
    authUrl: oauth?.authUrl ?? null,
    tokenUrl: oauth?.tokenUrl ?? null,
    scope: oauth?.scope ?? null,
    oAuthCompleteRedirectUrl: oauth?.oAuthCompleteRedirectUrl ?? output.OAuthCompleteRedirectUrl ?? null,
    authMaterialNames: general ? general.map((m) => m.AuthMaterialName!) : null,
    secretsManagerArn: output.SecretsManager?.arn ?? null,
  });
}

function statusOf(state: AssociationState, url: string | null): Pick<IntegrationFacts, "status" | "nextAction"> {
  switch (state) {
    case AssociationState.ASSOCIATION_SUCCEEDED:
      return { status: IntegrationStatus.READY };
    case AssociationState.ASSOCIATION_IN_PROGRESS:
      // Waiting for the end user. AWS lists associations without their URL; reading one returns it.
      return {
        status: IntegrationStatus.ACTION_REQUIRED,
        nextAction: nextAction(
          NextActionKind.OPEN_URL,
          url ? "The end user must open this URL, sign in to the third party and approve access." : "The end user must open the association's consent URL (read it with accountAssociation(accountAssociationId:)) and approve access.",
          url,
        ),
      };
    case AssociationState.REFRESH_TOKEN_EXPIRED:
      return {
        status: IntegrationStatus.ACTION_REQUIRED,
        nextAction: nextAction(NextActionKind.START_REFRESH, "The third party's authorization expired: run startAccountAssociationRefresh and have the end user open its URL."),
      };
    case AssociationState.ASSOCIATION_FAILED:
      return { status: IntegrationStatus.FAILED };
    default:
      return { status: IntegrationStatus.PENDING, nextAction: waitFor("The association is being deleted.") };
  }
}

type AssociationFacts = Pick<AccountAssociation, "accountAssociationId" | "associationState"> & Partial<AccountAssociation>;

export function toAccountAssociation(facts: AssociationFacts): AccountAssociation {
  const url = facts.oAuthAuthorizationUrl || null;
  const error = facts.errorMessage ?? null;
  return {
    ...integrationFields({
      kind: IntegrationKind.ACCOUNT_ASSOCIATION,
      awsId: facts.accountAssociationId,
      displayName: facts.name ?? null,
      arn: facts.arn ?? null,
      authKind: facts.generalAuthorizationName ? ConnectorDestinationAuthType.GENERAL_AUTHORIZATION : url ? ConnectorDestinationAuthType.OAUTH : null,
      awsState: facts.associationState,
      statusReason: error,
      ...statusOf(facts.associationState, url),
    }),
    name: null,
    description: null,
    connectorDestinationId: null,
    errorMessage: error,
    generalAuthorizationName: null,
    ...facts,
    oAuthAuthorizationUrl: url,
  };
}

export function fromAssociation(item: AccountAssociationItem | GetAccountAssociationCommandOutput): AccountAssociation {
  return toAccountAssociation({
    accountAssociationId: item.AccountAssociationId!,
    associationState: item.AssociationState as AssociationState,
    arn: item.Arn ?? null,
    name: item.Name ?? null,
    description: item.Description ?? null,
    connectorDestinationId: item.ConnectorDestinationId ?? null,
    errorMessage: item.ErrorMessage ?? null,
    oAuthAuthorizationUrl: "OAuthAuthorizationUrl" in item ? (item.OAuthAuthorizationUrl ?? null) : null,
    generalAuthorizationName: "GeneralAuthorization" in item ? (item.GeneralAuthorization?.AuthMaterialName ?? null) : null,
  });
}
