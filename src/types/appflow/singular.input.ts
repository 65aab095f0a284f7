import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { API_KEY } from "./field-constraints";

@InputType({ description: "Singular API credentials." })
export class SingularConnectorProfileCredentialsInput {
  @StringField("Singular reporting API key.", API_KEY)
  apiKey!: string;
}

@InputType({ description: "A Singular connection. Singular needs no properties, only credentials." })
export class SingularConnectorProfileInput {
  @NestedField(() => SingularConnectorProfileCredentialsInput, "How AppFlow signs in to Singular.")
  credentials!: SingularConnectorProfileCredentialsInput;
}
