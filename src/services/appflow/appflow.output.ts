/** AppFlow SDK output -> GraphQL objects. AppFlow returns no credentials; none are read here. */
import type { ConnectorConfiguration, ConnectorDetail, ConnectorProfile as SdkConnectorProfile } from "@aws-sdk/client-appflow";
import type { ConnectorProfile } from "../../types/appflow/connector-profile.type";
import type { RegisteredConnector } from "../../types/appflow/registered-connector.type";
import type { ConnectionMode } from "../../types/appflow/connection-mode.enum";
import type { ConnectorProvisioningType } from "../../types/appflow/connector-provisioning-type.enum";
import type { ConnectorType } from "../../types/appflow/connector-type.enum";
import { IntegrationKind, IntegrationStatus } from "../../types/shared/integration.enums";
import { integrationFields, waitFor } from "../integration-status";

interface ProfileFacts {
  arn: string;
  connectorProfileName: string;
  connectorType: ConnectorType;
  connectionMode: ConnectionMode;
  connectorLabel?: string | null;
  authKind?: string | null;
}

export function toConnectorProfile(facts: ProfileFacts, details: Partial<ConnectorProfile> = {}): ConnectorProfile {
  const privateStatus = details.privateConnectionStatus ?? null;
  const status = privateStatus === "PENDING" ? IntegrationStatus.PENDING : privateStatus === "FAILED" ? IntegrationStatus.FAILED : IntegrationStatus.READY;
  return {
    ...integrationFields({
      kind: IntegrationKind.CONNECTOR_PROFILE,
      awsId: facts.connectorProfileName,
      displayName: facts.connectorProfileName,
      arn: facts.arn,
      authKind: facts.authKind ?? null,
      status,
      awsState: privateStatus,
      statusReason: details.statusReason ?? null,
      nextAction: status === IntegrationStatus.PENDING ? waitFor("AppFlow is provisioning the PrivateLink connection.") : null,
      createdAt: details.createdAt ?? null,
      updatedAt: details.updatedAt ?? null,
    }),
    credentialsArn: null,
    properties: null,
    privateConnectionStatus: privateStatus,
    ...facts,
    connectorLabel: facts.connectorLabel ?? null,
    ...details,
  };
}

export function fromSdkConnectorProfile(profile: SdkConnectorProfile): ConnectorProfile {
  const state = profile.privateConnectionProvisioningState;
  return toConnectorProfile(
    {
      arn: profile.connectorProfileArn!,
      connectorProfileName: profile.connectorProfileName!,
      connectorType: profile.connectorType as ConnectorType,
      connectionMode: profile.connectionMode as ConnectionMode,
      connectorLabel: profile.connectorLabel,
    },
    {
      credentialsArn: profile.credentialsArn ?? null,
      // Properties hold no secrets in AppFlow's model (credentials are a separate structure it never returns).
      properties: (profile.connectorProfileProperties as Record<string, unknown> | undefined) ?? null,
      privateConnectionStatus: state?.status ?? null,
      statusReason: state?.failureMessage ?? null,
      createdAt: profile.createdAt ?? null,
      updatedAt: profile.lastUpdatedAt ?? null,
    },
  );
}

type ConnectorFacts = Pick<RegisteredConnector, "connectorLabel"> & Partial<RegisteredConnector>;

export function toRegisteredConnector(facts: ConnectorFacts): RegisteredConnector {
  return {
    ...integrationFields({
      kind: IntegrationKind.REGISTERED_CONNECTOR,
      awsId: facts.connectorLabel,
      displayName: facts.connectorLabel,
      arn: facts.arn ?? null,
      authKind: facts.connectorProvisioningType ?? null,
      status: IntegrationStatus.READY,
      createdAt: facts.createdAt ?? null,
      updatedAt: facts.updatedAt ?? null,
    }),
    connectorProvisioningType: null,
    description: null,
    connectorName: null,
    connectorVersion: null,
    lambdaArn: null,
    ...facts,
  };
}

export function fromConnectorDetail(detail: ConnectorDetail): RegisteredConnector {
  return toRegisteredConnector({
    connectorLabel: detail.connectorLabel!,
    connectorProvisioningType: (detail.connectorProvisioningType as ConnectorProvisioningType | undefined) ?? null,
    description: detail.connectorDescription ?? null,
    connectorName: detail.connectorName ?? null,
    connectorVersion: detail.connectorVersion ?? null,
    createdAt: detail.registeredAt ?? null,
  });
}

export function fromConnectorConfiguration(config: ConnectorConfiguration): RegisteredConnector {
  return toRegisteredConnector({
    connectorLabel: config.connectorLabel!,
    arn: config.connectorArn ?? null,
    connectorProvisioningType: (config.connectorProvisioningType as ConnectorProvisioningType | undefined) ?? null,
    description: config.connectorDescription ?? null,
    connectorName: config.connectorName ?? null,
    connectorVersion: config.connectorVersion ?? null,
    lambdaArn: config.connectorProvisioningConfig?.lambda?.lambdaArn ?? null,
    createdAt: config.registeredAt ?? null,
  });
}
