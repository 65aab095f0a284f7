/** AWS string maps as GraphQL lists of `{ key, value }` (GraphQL has no map type). */
import { InputType } from "type-graphql";
import { StringField } from "../shared/fields";
import { UniqueItemKeys } from "../../validation/unique-keys";
import { MAP_KEY, MAP_VALUE } from "./field-constraints";

@InputType({ description: "A connector-specific profile property, as the custom connector defines it." })
export class ProfilePropertyInput {
  @StringField("Property name.", MAP_KEY)
  key!: string;

  @StringField("Property value.", MAP_VALUE)
  value!: string;
}

@InputType({ description: "An extra parameter sent with token requests to the token URL." })
export class TokenUrlCustomPropertyInput {
  @StringField("Parameter name.", MAP_KEY)
  key!: string;

  @StringField("Parameter value.", MAP_VALUE)
  value!: string;
}

@InputType({ description: "One named credential of a custom authentication scheme." })
export class CredentialsMapEntryInput {
  @StringField("Credential name.", { ...MAP_KEY, secret: true })
  key!: string;

  @StringField("Credential value.", { ...MAP_VALUE, secret: true })
  value!: string;
}
