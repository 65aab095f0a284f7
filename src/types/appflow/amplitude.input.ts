import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { API_KEY } from "./field-constraints";

@InputType({ description: "Amplitude API credentials (from the project settings)." })
export class AmplitudeConnectorProfileCredentialsInput {
  @StringField("API key of the Amplitude project.", API_KEY)
  apiKey!: string;

  @StringField("Secret key of the Amplitude project.", API_KEY)
  secretKey!: string;
}

@InputType({ description: "An Amplitude connection. Amplitude needs no properties, only credentials." })
export class AmplitudeConnectorProfileInput {
  @NestedField(() => AmplitudeConnectorProfileCredentialsInput, "How AppFlow signs in to Amplitude.")
  credentials!: AmplitudeConnectorProfileCredentialsInput;
}
