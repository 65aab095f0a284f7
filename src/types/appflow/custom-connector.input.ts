import { InputType } from "type-graphql";
import { EnumField, NestedField, StringField } from "../shared/fields";
import { CONNECTOR_LABEL, HTTP_URL, MAP_ENTRIES } from "./field-constraints";
import { CustomConnectorProfileCredentialsInput } from "./custom-connector-credentials.input";
import { ProfilePropertyInput, TokenUrlCustomPropertyInput } from "./key-value.input";
import { UniqueItemKeys } from "../../validation/unique-keys";
import { OAuth2GrantType } from "./oauth2-grant-type.enum";

@InputType({ description: "How the custom connector obtains OAuth 2.0 tokens." })
export class OAuth2PropertiesInput {
  @StringField("URL of the token endpoint.", HTTP_URL)
  tokenUrl!: string;

  @EnumField(() => OAuth2GrantType, "OAuth 2.0 flow to use.")
  oAuth2GrantType!: OAuth2GrantType;

  @UniqueItemKeys()
  @NestedField(() => TokenUrlCustomPropertyInput, "Extra parameters sent with token requests (keys must be unique).", {
    optional: true,
    list: true,
    maxItems: MAP_ENTRIES,
  })
  tokenUrlCustomProperties?: TokenUrlCustomPropertyInput[];
}

@InputType({ description: "Settings the custom connector asks for." })
export class CustomConnectorProfilePropertiesInput {
  @UniqueItemKeys()
  @NestedField(() => ProfilePropertyInput, "Connector-specific properties (keys must be unique).", {
    optional: true,
    list: true,
    maxItems: MAP_ENTRIES,
  })
  profileProperties?: ProfilePropertyInput[];

  @NestedField(() => OAuth2PropertiesInput, "OAuth 2.0 settings, when the connector signs in with OAuth 2.0.", { optional: true })
  oAuth2Properties?: OAuth2PropertiesInput;
}

@InputType({ description: "A connection through a custom connector registered in this account." })
export class CustomConnectorProfileInput {
  @StringField("Label the custom connector was registered under (see registerConnector).", CONNECTOR_LABEL)
  connectorLabel!: string;

  @NestedField(() => CustomConnectorProfilePropertiesInput, "Settings the connector asks for.", { optional: true })
  properties?: CustomConnectorProfilePropertiesInput;

  @NestedField(() => CustomConnectorProfileCredentialsInput, "How AppFlow signs in through the connector.")
  credentials!: CustomConnectorProfileCredentialsInput;
}
