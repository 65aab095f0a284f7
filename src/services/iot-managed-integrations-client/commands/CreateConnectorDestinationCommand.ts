import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { CreateConnectorDestinationRequest, CreateConnectorDestinationResponse } from "../models/models_0";

export interface CreateConnectorDestinationCommandInput extends CreateConnectorDestinationRequest {}
export interface CreateConnectorDestinationCommandOutput extends CreateConnectorDestinationResponse, __MetadataBearer {}

/** Creates a connector destination for a cloud-to-cloud (C2C) connector. */
export class CreateConnectorDestinationCommand extends command<CreateConnectorDestinationCommandInput, CreateConnectorDestinationCommandOutput>({
  name: "CreateConnectorDestination",
  http: { method: "POST", uri: "/connector-destinations", code: 201 },
  body: ["Name", "Description", "CloudConnectorId", "AuthType", "AuthConfig", "SecretsManager", "ClientToken"],
  idempotencyToken: "ClientToken",
}) {}
