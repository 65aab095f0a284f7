import { deletePayloadType, payloadType } from "../shared/mutation-payload.type";
import { connectionOf } from "../shared/relay.types";
import { ConnectorProfile } from "./connector-profile.type";
import { RegisteredConnector } from "./registered-connector.type";

export const CreateConnectorProfilePayload = payloadType("CreateConnectorProfilePayload", "connectorProfile", ConnectorProfile, "Result of createConnectorProfile.");
export const UpdateConnectorProfilePayload = payloadType("UpdateConnectorProfilePayload", "connectorProfile", ConnectorProfile, "Result of updateConnectorProfile.");
export const DeleteConnectorProfilePayload = deletePayloadType("DeleteConnectorProfilePayload", "Result of deleteConnectorProfile.");
export const RegisterConnectorPayload = payloadType("RegisterConnectorPayload", "connector", RegisteredConnector, "Result of registerConnector.");
export const UnregisterConnectorPayload = deletePayloadType("UnregisterConnectorPayload", "Result of unregisterConnector.");

export const ConnectorProfileConnection = connectionOf(ConnectorProfile, "ConnectorProfile", "A page of AppFlow connector profiles.");
export const RegisteredConnectorConnection = connectionOf(RegisteredConnector, "RegisteredConnector", "A page of custom connectors registered with AppFlow.");
