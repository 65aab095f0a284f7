import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { DeleteConnectorDestinationRequest } from "../models/models_0";

export interface DeleteConnectorDestinationCommandInput extends DeleteConnectorDestinationRequest {}
export interface DeleteConnectorDestinationCommandOutput extends __MetadataBearer {}

/** Deletes a connector destination. */
export class DeleteConnectorDestinationCommand extends command<DeleteConnectorDestinationCommandInput, DeleteConnectorDestinationCommandOutput>({
  name: "DeleteConnectorDestination",
  http: { method: "DELETE", uri: "/connector-destinations/{Identifier}", code: 200 },
  // smithy.api#Unit output: only $metadata.
  output: () => ({}),
}) {}
