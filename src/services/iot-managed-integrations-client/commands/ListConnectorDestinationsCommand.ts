import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { ListConnectorDestinationsRequest, ListConnectorDestinationsResponse } from "../models/models_0";

export interface ListConnectorDestinationsCommandInput extends ListConnectorDestinationsRequest {}
export interface ListConnectorDestinationsCommandOutput extends ListConnectorDestinationsResponse, __MetadataBearer {}

/** Lists connector destinations, one page at a time. */
export class ListConnectorDestinationsCommand extends command<ListConnectorDestinationsCommandInput, ListConnectorDestinationsCommandOutput>({
  name: "ListConnectorDestinations",
  http: { method: "GET", uri: "/connector-destinations", code: 200 },
  query: { CloudConnectorId: "CloudConnectorId", NextToken: "NextToken", MaxResults: "MaxResults" },
}) {}
