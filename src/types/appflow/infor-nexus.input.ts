import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { NO_WHITESPACE } from "../../validation/patterns";
import { INSTANCE_URL, USERNAME } from "./field-constraints";

// The model marks only the access key id sensitive; the secret access key and data key are secrets too.
const KEY = { max: 512, pattern: NO_WHITESPACE, secret: true } as const;

@InputType({ description: "Where the Infor Nexus instance is." })
export class InforNexusConnectorProfilePropertiesInput {
  @StringField("URL of the Infor Nexus instance.", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Infor Nexus API credentials (HMAC signing keys of an application user)." })
export class InforNexusConnectorProfileCredentialsInput {
  @StringField("Access key id of the application.", { max: 256, pattern: NO_WHITESPACE, secret: true })
  accessKeyId!: string;

  @StringField("Id of the Infor Nexus user AppFlow acts as.", USERNAME)
  userId!: string;

  @StringField("Secret access key that signs requests.", KEY)
  secretAccessKey!: string;

  @StringField("Data key that encrypts the signed data.", KEY)
  datakey!: string;
}

@InputType({ description: "An Infor Nexus connection." })
export class InforNexusConnectorProfileInput {
  @NestedField(() => InforNexusConnectorProfilePropertiesInput, "Where the Infor Nexus instance is.")
  properties!: InforNexusConnectorProfilePropertiesInput;

  @NestedField(() => InforNexusConnectorProfileCredentialsInput, "How AppFlow signs in to Infor Nexus.")
  credentials!: InforNexusConnectorProfileCredentialsInput;
}
