import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { UpdateConnectorDestinationRequest } from "../models/models_0";

export interface UpdateConnectorDestinationCommandInput extends UpdateConnectorDestinationRequest {}
export interface UpdateConnectorDestinationCommandOutput extends __MetadataBearer {}

/** Updates a connector destination. */
export class UpdateConnectorDestinationCommand extends command<UpdateConnectorDestinationCommandInput, UpdateConnectorDestinationCommandOutput>({
  name: "UpdateConnectorDestination",
  http: { method: "PUT", uri: "/connector-destinations/{Identifier}", code: 204 },
  body: ["Description", "Name", "AuthType", "AuthConfig", "SecretsManager"],
  // smithy.api#Unit output: only $metadata.
  output: () => ({}),
}) {}
