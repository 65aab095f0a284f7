/** Fields that point at another resource; each goes through a per-request DataLoader, so lists make no N+1 calls. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GatewayContext } from "../schema/context";
import { ConnectorProfile } from "../types/appflow/connector-profile.type";
import { ConnectorType } from "../types/appflow/connector-type.enum";
import { RegisteredConnector } from "../types/appflow/registered-connector.type";
import { AccountAssociation } from "../types/iot-managed-integrations/account-association.type";
import { ConnectorDestination } from "../types/iot-managed-integrations/connector-destination.type";

@Resolver(() => ConnectorProfile)
export class ConnectorProfileFieldsResolver {
  @FieldResolver(() => RegisteredConnector, { nullable: true, description: "CustomConnector profiles: the registered connector they use; null for other connectors." })
  connector(@Root() profile: ConnectorProfile, @Ctx() ctx: GatewayContext): Promise<RegisteredConnector | null> | null {
    if (profile.connectorType !== ConnectorType.CUSTOM_CONNECTOR || !profile.connectorLabel) return null;
    return ctx.loaders.appflow.registeredConnector.load(profile.connectorLabel);
  }
}

@Resolver(() => AccountAssociation)
export class AccountAssociationFieldsResolver {
  @FieldResolver(() => ConnectorDestination, { nullable: true, description: "The connector destination the association goes through." })
  connectorDestination(@Root() association: AccountAssociation, @Ctx() ctx: GatewayContext): Promise<ConnectorDestination | null> | null {
    if (!association.connectorDestinationId) return null;
    return ctx.loaders.iotManagedIntegrations.connectorDestination.load(association.connectorDestinationId);
  }
}
