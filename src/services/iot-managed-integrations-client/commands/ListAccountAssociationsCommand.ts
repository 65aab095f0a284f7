import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { ListAccountAssociationsRequest, ListAccountAssociationsResponse } from "../models/models_0";

export interface ListAccountAssociationsCommandInput extends ListAccountAssociationsRequest {}
export interface ListAccountAssociationsCommandOutput extends ListAccountAssociationsResponse, __MetadataBearer {}

/** Lists account associations, one page at a time. */
export class ListAccountAssociationsCommand extends command<ListAccountAssociationsCommandInput, ListAccountAssociationsCommandOutput>({
  name: "ListAccountAssociations",
  http: { method: "GET", uri: "/account-associations", code: 200 },
  query: { ConnectorDestinationId: "ConnectorDestinationId", MaxResults: "MaxResults", NextToken: "NextToken" },
}) {}
