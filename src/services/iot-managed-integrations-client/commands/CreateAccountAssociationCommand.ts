import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import { command } from "../command";
import type { CreateAccountAssociationRequest, CreateAccountAssociationResponse } from "../models/models_0";

export interface CreateAccountAssociationCommandInput extends CreateAccountAssociationRequest {}
export interface CreateAccountAssociationCommandOutput extends CreateAccountAssociationResponse, __MetadataBearer {}

/** Creates an account association via a connector destination. */
export class CreateAccountAssociationCommand extends command<CreateAccountAssociationCommandInput, CreateAccountAssociationCommandOutput>({
  name: "CreateAccountAssociation",
  http: { method: "POST", uri: "/account-associations", code: 201 },
  body: ["ClientToken", "ConnectorDestinationId", "Name", "Description", "Tags", "GeneralAuthorization"],
  idempotencyToken: "ClientToken",
}) {}
