import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { API_KEY } from "./field-constraints";

@InputType({ description: "Trend Micro API credentials." })
export class TrendmicroConnectorProfileCredentialsInput {
  @StringField("Secret key of the Trend Micro API.", API_KEY)
  apiSecretKey!: string;
}

@InputType({ description: "A Trend Micro connection. Trend Micro needs no properties, only credentials." })
export class TrendmicroConnectorProfileInput {
  @NestedField(() => TrendmicroConnectorProfileCredentialsInput, "How AppFlow signs in to Trend Micro.")
  credentials!: TrendmicroConnectorProfileCredentialsInput;
}
