import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { GetAccountAssociationRequest, GetAccountAssociationResponse } from "../models/models_0";

export interface GetAccountAssociationCommandInput extends GetAccountAssociationRequest {}
export interface GetAccountAssociationCommandOutput extends GetAccountAssociationResponse, __MetadataBearer {}

/** Gets an account association. */
export class GetAccountAssociationCommand extends command<GetAccountAssociationCommandInput, GetAccountAssociationCommandOutput>({
  name: "GetAccountAssociation",
  http: { method: "GET", uri: "/account-associations/{AccountAssociationId}", code: 200 },
}) {}
