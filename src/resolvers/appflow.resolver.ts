import { Arg, Mutation, Resolver } from "type-graphql";
import { AppFlowService } from "../services/appflow.service";
import { CreateConnectorProfileInput } from "../types/appflow/create-connector-profile.input";
import { CreateConnectorProfilePayload } from "../types/appflow/create-connector-profile.payload";
import { RegisterConnectorInput } from "../types/appflow/register-connector.input";
import { RegisterConnectorPayload } from "../types/appflow/register-connector.payload";

@Resolver()
export class AppFlowResolver {
  constructor(private readonly appflow: AppFlowService) {}

  @Mutation(() => CreateConnectorProfilePayload, {
    description: "Creates an Amazon AppFlow connector profile (AppFlow CreateConnectorProfile): how flows connect to one application.",
  })
  async createConnectorProfile(
    @Arg("input", () => CreateConnectorProfileInput) input: CreateConnectorProfileInput,
  ): Promise<CreateConnectorProfilePayload> {
    return { connectorProfile: await this.appflow.createConnectorProfile(input), userErrors: [] };
  }

  @Mutation(() => RegisterConnectorPayload, {
    description: "Registers a custom connector with Amazon AppFlow (AppFlow RegisterConnector); its Lambda function must already be deployed.",
  })
  async registerConnector(@Arg("input", () => RegisterConnectorInput) input: RegisterConnectorInput): Promise<RegisterConnectorPayload> {
    return { connector: await this.appflow.registerConnector(input), userErrors: [] };
  }
}
