import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { DeleteAccountAssociationRequest } from "../models/models_0";

export interface DeleteAccountAssociationCommandInput extends DeleteAccountAssociationRequest {}
export interface DeleteAccountAssociationCommandOutput extends __MetadataBearer {}

/** Deletes an account association. */
export class DeleteAccountAssociationCommand extends command<DeleteAccountAssociationCommandInput, DeleteAccountAssociationCommandOutput>({
  name: "DeleteAccountAssociation",
  http: { method: "DELETE", uri: "/account-associations/{AccountAssociationId}", code: 200 },
  // smithy.api#Unit output: only $metadata.
  output: () => ({}),
}) {}
