import { Arg, Mutation, Resolver } from "type-graphql";
import { IoTManagedIntegrationsService } from "../services/iot-managed-integrations.service";
import { CreateAccountAssociationInput } from "../types/iot-managed-integrations/create-account-association.input";
import { CreateAccountAssociationPayload } from "../types/iot-managed-integrations/create-account-association.payload";
import { CreateConnectorDestinationInput } from "../types/iot-managed-integrations/create-connector-destination.input";
import { CreateConnectorDestinationPayload } from "../types/iot-managed-integrations/create-connector-destination.payload";

@Resolver()
export class IoTManagedIntegrationsResolver {
  constructor(private readonly iot: IoTManagedIntegrationsService) {}

  @Mutation(() => CreateConnectorDestinationPayload, {
    description: "Creates a connector destination (IoT Managed Integrations CreateConnectorDestination) for a cloud-to-cloud connector.",
  })
  async createConnectorDestination(
    @Arg("input", () => CreateConnectorDestinationInput) input: CreateConnectorDestinationInput,
  ): Promise<CreateConnectorDestinationPayload> {
    return { connectorDestination: await this.iot.createConnectorDestination(input), userErrors: [] };
  }

  @Mutation(() => CreateAccountAssociationPayload, {
    description:
      "Creates an account association (IoT Managed Integrations CreateAccountAssociation); for OAuth destinations it returns the URL where the end user approves access.",
  })
  async createAccountAssociation(
    @Arg("input", () => CreateAccountAssociationInput) input: CreateAccountAssociationInput,
  ): Promise<CreateAccountAssociationPayload> {
    return { accountAssociation: await this.iot.createAccountAssociation(input), userErrors: [] };
  }
}
