import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { GetConnectorDestinationRequest, GetConnectorDestinationResponse } from "../models/models_0";

export interface GetConnectorDestinationCommandInput extends GetConnectorDestinationRequest {}
export interface GetConnectorDestinationCommandOutput extends GetConnectorDestinationResponse, __MetadataBearer {}

/** Gets a connector destination. */
export class GetConnectorDestinationCommand extends command<GetConnectorDestinationCommandInput, GetConnectorDestinationCommandOutput>({
  name: "GetConnectorDestination",
  http: { method: "GET", uri: "/connector-destinations/{Identifier}", code: 200 },
}) {}
