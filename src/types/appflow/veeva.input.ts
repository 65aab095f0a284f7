import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { INSTANCE_URL, PASSWORD, USERNAME } from "./field-constraints";

@InputType({ description: "Where the Veeva Vault is." })
export class VeevaConnectorProfilePropertiesInput {
  @StringField("URL of the Veeva Vault, e.g. https://example.veevavault.com.", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Veeva user credentials." })
export class VeevaConnectorProfileCredentialsInput {
  @StringField("Veeva user name.", USERNAME)
  username!: string;

  @StringField("Password of the Veeva user.", PASSWORD)
  password!: string;
}

@InputType({ description: "A Veeva connection." })
export class VeevaConnectorProfileInput {
  @NestedField(() => VeevaConnectorProfilePropertiesInput, "Where the Veeva Vault is.")
  properties!: VeevaConnectorProfilePropertiesInput;

  @NestedField(() => VeevaConnectorProfileCredentialsInput, "How AppFlow signs in to Veeva.")
  credentials!: VeevaConnectorProfileCredentialsInput;
}
