import { Arg, Authorized, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { READ, WRITE } from "../auth/scopes";
import type { GatewayContext } from "../schema/context";
import { validateScalarArguments } from "../validation/validate-input";
import { PageArgs } from "../types/shared/page.args";
import { EventBridgeService } from "../services/eventbridge/eventbridge.service";
import * as op from "../services/eventbridge/eventbridge.operations";
import { toGlobalId } from "../services/global-id";
import { paginate } from "../services/pagination";
import { CreateConnectionInput } from "../types/eventbridge/create-connection.input";
import { ConnectionFilterInput, ConnectionNameInput, UpdateConnectionInput } from "../types/eventbridge/connection-lifecycle.input";
import { Connection } from "../types/eventbridge/connection.type";
import {
  ConnectionConnection,
  CreateConnectionPayload,
  DeauthorizeConnectionPayload,
  DeleteConnectionPayload,
  UpdateConnectionPayload,
} from "../types/eventbridge/connection.payloads";
import { IntegrationKind } from "../types/shared/integration.enums";

@Resolver()
export class EventBridgeResolver {
  constructor(private readonly eventbridge: EventBridgeService) {}

  @Authorized(...READ)
  @Query(() => Connection, { nullable: true, description: "One EventBridge connection by name (DescribeConnection); null if there is none." })
  async connection(@Arg("name", () => String, { description: "Name of the connection." }) name: string, @Ctx() ctx: GatewayContext): Promise<Connection | null> {
    await validateScalarArguments(ConnectionNameInput, { name });
    return ctx.loaders.eventbridge.connection.load(name);
  }

  @Authorized(...READ)
  @Query(() => ConnectionConnection, { description: "EventBridge connections, a page at a time (ListConnections)." })
  connections(
    @Arg("filter", () => ConnectionFilterInput, { nullable: true, description: "What to list; everything if absent." }) filter: ConnectionFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ) {
    return paginate("connections", page, op.LIST_CONNECTIONS_MAX, (token, size) => this.eventbridge.call(op.listConnections, { filter, token, size }, ctx));
  }

  @Authorized(...WRITE.eventbridge)
  @Mutation(() => CreateConnectionPayload, {
    nullable: true,
    description: "Creates an Amazon EventBridge connection (EventBridge CreateConnection): the authorization an API destination uses.",
  })
  async createConnection(@Arg("input", () => CreateConnectionInput) input: CreateConnectionInput, @Ctx() ctx: GatewayContext) {
    return { connection: await this.eventbridge.call(op.createConnection, input, ctx), userErrors: [] };
  }

  @Authorized(...WRITE.eventbridge)
  @Mutation(() => UpdateConnectionPayload, {
    nullable: true,
    description: "Changes a connection (EventBridge UpdateConnection): rotate its credentials with the same @oneOf authorization as createConnection, or change its description, parameters or key.",
  })
  async updateConnection(@Arg("input", () => UpdateConnectionInput) input: UpdateConnectionInput, @Ctx() ctx: GatewayContext) {
    await this.eventbridge.call(op.updateConnection, input, ctx);
    return { connection: await this.eventbridge.call(op.describeConnection, input.name, ctx), userErrors: [] };
  }

  @Authorized(...WRITE.eventbridge)
  @Mutation(() => DeauthorizeConnectionPayload, {
    nullable: true,
    description: "Withdraws a connection's authorization (EventBridge DeauthorizeConnection); API destinations stop calling until it is updated.",
  })
  async deauthorizeConnection(@Arg("input", () => ConnectionNameInput) input: ConnectionNameInput, @Ctx() ctx: GatewayContext) {
    await this.eventbridge.call(op.deauthorizeConnection, input, ctx);
    return { connection: await this.eventbridge.call(op.describeConnection, input.name, ctx), userErrors: [] };
  }

  @Authorized(...WRITE.eventbridge)
  @Mutation(() => DeleteConnectionPayload, { nullable: true, description: "Deletes a connection (EventBridge DeleteConnection)." })
  async deleteConnection(@Arg("input", () => ConnectionNameInput) input: ConnectionNameInput, @Ctx() ctx: GatewayContext) {
    await this.eventbridge.call(op.deleteConnection, input, ctx);
    return { deletedId: toGlobalId(IntegrationKind.CONNECTION, input.name), userErrors: [] };
  }
}
