import { Arg, Mutation, Resolver } from "type-graphql";
import { EventBridgeService } from "../services/eventbridge.service";
import { CreateConnectionInput } from "../types/eventbridge/create-connection.input";
import { CreateConnectionPayload } from "../types/eventbridge/create-connection.payload";

@Resolver()
export class EventBridgeResolver {
  constructor(private readonly eventbridge: EventBridgeService) {}

  @Mutation(() => CreateConnectionPayload, {
    description: "Creates an Amazon EventBridge connection (EventBridge CreateConnection): the authorization an API destination uses.",
  })
  async createConnection(@Arg("input", () => CreateConnectionInput) input: CreateConnectionInput): Promise<CreateConnectionPayload> {
    return { connection: await this.eventbridge.createConnection(input), userErrors: [] };
  }
}
