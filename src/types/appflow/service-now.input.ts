import { InputType } from "type-graphql";
import { NestedField, OneOfInput, OneOfMember, StringField } from "../shared/fields";
import { INSTANCE_URL } from "./field-constraints";
import { BasicAuthCredentialsInput, OAuth2CredentialsInput } from "./oauth.input";

@InputType({ description: "Where the ServiceNow instance is." })
export class ServiceNowConnectorProfilePropertiesInput {
  @StringField("URL of the ServiceNow instance, e.g. https://example.service-now.com.", INSTANCE_URL)
  instanceUrl!: string;
}

@OneOfInput("ServiceNowConnectorProfileCredentialsInput", "How AppFlow signs in to ServiceNow: exactly one of the members.")
export class ServiceNowConnectorProfileCredentialsInput {
  @OneOfMember(() => BasicAuthCredentialsInput, "A ServiceNow user name and password.")
  basic?: BasicAuthCredentialsInput;

  @OneOfMember(() => OAuth2CredentialsInput, "An OAuth 2.0 client registered in ServiceNow.")
  oAuth2?: OAuth2CredentialsInput;
}

@InputType({ description: "A ServiceNow connection." })
export class ServiceNowConnectorProfileInput {
  @NestedField(() => ServiceNowConnectorProfilePropertiesInput, "Where the ServiceNow instance is.")
  properties!: ServiceNowConnectorProfilePropertiesInput;

  @NestedField(() => ServiceNowConnectorProfileCredentialsInput, "How AppFlow signs in to ServiceNow.")
  credentials!: ServiceNowConnectorProfileCredentialsInput;
}
