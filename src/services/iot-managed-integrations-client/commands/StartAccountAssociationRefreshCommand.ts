import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { StartAccountAssociationRefreshRequest, StartAccountAssociationRefreshResponse } from "../models/models_0";

export interface StartAccountAssociationRefreshCommandInput extends StartAccountAssociationRefreshRequest {}
export interface StartAccountAssociationRefreshCommandOutput extends StartAccountAssociationRefreshResponse, __MetadataBearer {}

/** Starts refreshing an account association's OAuth tokens. */
export class StartAccountAssociationRefreshCommand extends command<StartAccountAssociationRefreshCommandInput, StartAccountAssociationRefreshCommandOutput>({
  name: "StartAccountAssociationRefresh",
  http: { method: "POST", uri: "/account-associations/{AccountAssociationId}/refresh", code: 200 },
}) {}
