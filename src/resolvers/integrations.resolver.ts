import { Arg, Authorized, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { READ } from "../auth/scopes";
import type { GatewayContext } from "../schema/context";
import { PageArgs } from "../types/shared/page.args";
import { AppFlowService } from "../services/appflow/appflow.service";
import { EventBridgeService } from "../services/eventbridge/eventbridge.service";
import { IoTManagedIntegrationsService } from "../services/iot-managed-integrations/iot-managed-integrations.service";
import { fromGlobalId } from "../services/global-id";
import { listIntegrations } from "../services/integrations";
import { SOURCE_OF_KIND } from "../services/integration-sources";
import { IntegrationFilterInput } from "../types/shared/integration-filter.input";
import { Integration } from "../types/shared/integration.interface";
import { Node } from "../types/shared/node.interface";
import { connectionOf } from "../types/shared/relay.types";
import { UserErrorCode, UserErrorsException, userError } from "../types/shared/user-error.type";

const MAX_NODES = 100;

export const IntegrationConnection = connectionOf(Integration, "Integration", "A page of integrations across AppFlow, EventBridge and IoT Managed Integrations.");

@Resolver()
export class IntegrationsResolver {
  constructor(
    private readonly appflow: AppFlowService,
    private readonly eventbridge: EventBridgeService,
    private readonly iotManagedIntegrations: IoTManagedIntegrationsService,
  ) {}

  @Authorized(...READ)
  @Query(() => IntegrationConnection, {
    description: "Every integration across the three services, one kind after another (connector profiles, registered connectors, connections, connector destinations, account associations).",
  })
  integrations(
    @Arg("filter", () => IntegrationFilterInput, { nullable: true, description: "What to list; everything if absent." }) filter: IntegrationFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ) {
    const services = { appflow: this.appflow, eventbridge: this.eventbridge, iotManagedIntegrations: this.iotManagedIntegrations };
    return listIntegrations(services, ctx, filter, page);
  }

  @Authorized(...READ)
  @Query(() => Node, { nullable: true, description: "Any integration by its global id; null if it does not exist or the id is not one of ours." })
  node(@Arg("id", () => ID, { description: "A global id (`id` of any integration)." }) id: string, @Ctx() ctx: GatewayContext): Promise<Integration | null> {
    return loadNode(ctx, id);
  }

  @Authorized(...READ)
  @Query(() => [Node], { nullable: "items", description: "Several integrations by global id, in the order asked for (null where one does not exist)." })
  nodes(@Arg("ids", () => [ID], { description: "Global ids (at most 100)." }) ids: string[], @Ctx() ctx: GatewayContext): Promise<(Integration | null)[]> {
    if (ids.length > MAX_NODES) throw new UserErrorsException([userError(["ids"], `At most ${MAX_NODES} ids per request.`, UserErrorCode.TOO_LONG)]);
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}

function loadNode(ctx: GatewayContext, id: string): Promise<Integration | null> {
  const parsed = fromGlobalId(id);
  if (!parsed) return Promise.resolve(null);
  return SOURCE_OF_KIND.get(parsed.kind)!.load(ctx, parsed.awsId);
}
