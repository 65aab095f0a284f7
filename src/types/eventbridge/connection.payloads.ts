import { deletePayloadType, payloadType } from "../shared/mutation-payload.type";
import { connectionOf } from "../shared/relay.types";
import { Connection } from "./connection.type";

export const CreateConnectionPayload = payloadType("CreateConnectionPayload", "connection", Connection, "Result of createConnection.");
export const UpdateConnectionPayload = payloadType("UpdateConnectionPayload", "connection", Connection, "Result of updateConnection.");
export const DeauthorizeConnectionPayload = payloadType(
  "DeauthorizeConnectionPayload",
  "connection",
  Connection,
  "Result of deauthorizeConnection: the connection, DEAUTHORIZING.",
);
export const DeleteConnectionPayload = deletePayloadType("DeleteConnectionPayload", "Result of deleteConnection.");

export const ConnectionConnection = connectionOf(Connection, "Connection", "A page of EventBridge connections.");
