import { CreateConnectorProfileCommand, RegisterConnectorCommand, type AppflowClient } from "@aws-sdk/client-appflow";
import type { CreateConnectorProfileInput } from "../types/appflow/create-connector-profile.input";
import type { ConnectorProfile } from "../types/appflow/connector-profile.type";
import type { RegisterConnectorInput } from "../types/appflow/register-connector.input";
import type { RegisteredConnector } from "../types/appflow/registered-connector.type";
import { UserErrorCode } from "../types/shared/user-error.type";
import { collectSecretValues } from "../validation/secrets";
import { callAws } from "./aws-errors";
import { connectorTypeOf, provisioningTypeOf, toCreateConnectorProfileRequest, toRegisterConnectorRequest } from "./appflow.mapper";

/** Amazon AppFlow: connector profiles (connections to applications) and custom connector registration. */
export class AppFlowService {
  constructor(private readonly client: AppflowClient) {}

  async createConnectorProfile(input: CreateConnectorProfileInput): Promise<ConnectorProfile> {
    const request = toCreateConnectorProfileRequest(input);
    const custom = input.connectorProfileConfig.customConnector;
    const output = await callAws(
      {
        service: "AppFlow",
        operation: "CreateConnectorProfile",
        secrets: collectSecretValues(input),
        fields: {
          [UserErrorCode.ALREADY_EXISTS]: ["input", "connectorProfileName"],
          // The only resource a profile refers to by name is a custom connector's registration.
          [UserErrorCode.NOT_FOUND]: custom ? ["input", "connectorProfileConfig", "customConnector", "connectorLabel"] : ["input"],
        },
      },
      () => this.client.send(new CreateConnectorProfileCommand(request)),
    );
    return {
      arn: output.connectorProfileArn!,
      connectorProfileName: input.connectorProfileName,
      connectorType: connectorTypeOf(input.connectorProfileConfig),
      connectionMode: input.connectionMode,
      connectorLabel: custom?.connectorLabel ?? null,
    };
  }

  async registerConnector(input: RegisterConnectorInput): Promise<RegisteredConnector> {
    const request = toRegisterConnectorRequest(input);
    const output = await callAws(
      {
        service: "AppFlow",
        operation: "RegisterConnector",
        secrets: collectSecretValues(input),
        fields: {
          [UserErrorCode.ALREADY_EXISTS]: ["input", "connectorLabel"],
          [UserErrorCode.NOT_FOUND]: ["input", "connectorProvisioningConfig", "lambda", "lambdaArn"],
        },
      },
      () => this.client.send(new RegisterConnectorCommand(request)),
    );
    return {
      arn: output.connectorArn!,
      connectorLabel: input.connectorLabel,
      connectorProvisioningType: provisioningTypeOf(input.connectorProvisioningConfig),
    };
  }
}
