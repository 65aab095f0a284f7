import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { UpdateAccountAssociationRequest } from "../models/models_0";

export interface UpdateAccountAssociationCommandInput extends UpdateAccountAssociationRequest {}
export interface UpdateAccountAssociationCommandOutput extends __MetadataBearer {}

/** Updates the name or description of an account association. */
export class UpdateAccountAssociationCommand extends command<UpdateAccountAssociationCommandInput, UpdateAccountAssociationCommandOutput>({
  name: "UpdateAccountAssociation",
  http: { method: "PUT", uri: "/account-associations/{AccountAssociationId}", code: 204 },
  body: ["Name", "Description"],
  // smithy.api#Unit output: only $metadata.
  output: () => ({}),
}) {}
