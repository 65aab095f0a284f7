import { deletePayloadType, payloadType } from "../shared/mutation-payload.type";
import { connectionOf } from "../shared/relay.types";
import { AccountAssociation } from "./account-association.type";
import { ConnectorDestination } from "./connector-destination.type";

export const CreateConnectorDestinationPayload = payloadType("CreateConnectorDestinationPayload", "connectorDestination", ConnectorDestination, "Result of createConnectorDestination.");
export const UpdateConnectorDestinationPayload = payloadType("UpdateConnectorDestinationPayload", "connectorDestination", ConnectorDestination, "Result of updateConnectorDestination.");
export const DeleteConnectorDestinationPayload = deletePayloadType("DeleteConnectorDestinationPayload", "Result of deleteConnectorDestination.");
export const CreateAccountAssociationPayload = payloadType("CreateAccountAssociationPayload", "accountAssociation", AccountAssociation, "Result of createAccountAssociation.");
export const UpdateAccountAssociationPayload = payloadType("UpdateAccountAssociationPayload", "accountAssociation", AccountAssociation, "Result of updateAccountAssociation.");
export const DeleteAccountAssociationPayload = deletePayloadType("DeleteAccountAssociationPayload", "Result of deleteAccountAssociation.");
export const StartAccountAssociationRefreshPayload = payloadType(
  "StartAccountAssociationRefreshPayload",
  "accountAssociation",
  AccountAssociation,
  "Result of startAccountAssociationRefresh: the association with its new consent URL.",
);

export const ConnectorDestinationConnection = connectionOf(ConnectorDestination, "ConnectorDestination", "A page of IoT Managed Integrations connector destinations.");
export const AccountAssociationConnection = connectionOf(AccountAssociation, "AccountAssociation", "A page of IoT Managed Integrations account associations.");
