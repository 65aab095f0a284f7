import {
  CreateAccountAssociationCommand,
  CreateConnectorDestinationCommand,
  type IoTManagedIntegrationsClient,
} from "./iot-managed-integrations-client";
import type { CreateAccountAssociationInput } from "../types/iot-managed-integrations/create-account-association.input";
import type { CreateConnectorDestinationInput } from "../types/iot-managed-integrations/create-connector-destination.input";
import type { AccountAssociation } from "../types/iot-managed-integrations/account-association.type";
import type { ConnectorDestination } from "../types/iot-managed-integrations/connector-destination.type";
import type { AssociationState } from "../types/iot-managed-integrations/iot.enums";
import { UserErrorCode } from "../types/shared/user-error.type";
import { collectSecretValues } from "../validation/secrets";
import { callAws } from "./aws-errors";
import {
  authTypeOf,
  toCreateAccountAssociationRequest,
  toCreateConnectorDestinationRequest,
} from "./iot-managed-integrations.mapper";

/** AWS IoT Managed Integrations: connector destinations and account associations. */
export class IoTManagedIntegrationsService {
  constructor(private readonly client: IoTManagedIntegrationsClient) {}

  async createConnectorDestination(input: CreateConnectorDestinationInput): Promise<ConnectorDestination> {
    const output = await callAws(
      {
        service: "IoTManagedIntegrations",
        operation: "CreateConnectorDestination",
        secrets: collectSecretValues(input),
        fields: { [UserErrorCode.ALREADY_EXISTS]: ["input", "name"], [UserErrorCode.NOT_FOUND]: ["input", "cloudConnectorId"] },
      },
      () => this.client.send(new CreateConnectorDestinationCommand(toCreateConnectorDestinationRequest(input))),
    );
    return {
      id: output.Id!,
      name: input.name ?? null,
      cloudConnectorId: input.cloudConnectorId,
      authType: authTypeOf(input.authConfig),
    };
  }

  async createAccountAssociation(input: CreateAccountAssociationInput): Promise<AccountAssociation> {
    const output = await callAws(
      {
        service: "IoTManagedIntegrations",
        operation: "CreateAccountAssociation",
        secrets: collectSecretValues(input),
        fields: { [UserErrorCode.ALREADY_EXISTS]: ["input", "name"], [UserErrorCode.NOT_FOUND]: ["input", "connectorDestinationId"] },
      },
      () => this.client.send(new CreateAccountAssociationCommand(toCreateAccountAssociationRequest(input))),
    );
    return {
      id: output.AccountAssociationId!,
      arn: output.Arn!,
      associationState: output.AssociationState as AssociationState,
      oAuthAuthorizationUrl: output.OAuthAuthorizationUrl || null,
    };
  }
}
