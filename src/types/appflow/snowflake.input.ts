import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { APPFLOW, NO_WHITESPACE } from "../../validation/patterns";
import { BUCKET_NAME, BUCKET_PREFIX, PASSWORD, PRIVATE_LINK_SERVICE_NAME, USERNAME } from "./field-constraints";

@InputType({ description: "The Snowflake warehouse and the S3 stage AppFlow loads data through." })
export class SnowflakeConnectorProfilePropertiesInput {
  @StringField("Name of the Snowflake warehouse that runs the loads.", { max: 512, pattern: APPFLOW.warehouse })
  warehouse!: string;

  @StringField("Name of the Snowflake external S3 stage, as <database>.<schema>.<stage>.", { max: 512, pattern: NO_WHITESPACE })
  stage!: string;

  @StringField("S3 bucket behind the stage.", BUCKET_NAME)
  bucketName!: string;

  @StringField("Key prefix (folder) of the stage in the bucket.", { optional: true, ...BUCKET_PREFIX })
  bucketPrefix?: string;

  @StringField("Snowflake's PrivateLink endpoint service name, to connect privately.", {
    optional: true,
    ...PRIVATE_LINK_SERVICE_NAME,
  })
  privateLinkServiceName?: string;

  @StringField("Snowflake account name.", { optional: true, max: 512, pattern: NO_WHITESPACE })
  accountName?: string;

  @StringField("AWS Region of the Snowflake account.", { optional: true, max: 64, pattern: NO_WHITESPACE })
  region?: string;
}

@InputType({ description: "Snowflake user credentials." })
export class SnowflakeConnectorProfileCredentialsInput {
  @StringField("Snowflake user name.", USERNAME)
  username!: string;

  @StringField("Password of the Snowflake user.", PASSWORD)
  password!: string;
}

@InputType({ description: "A Snowflake connection." })
export class SnowflakeConnectorProfileInput {
  @NestedField(() => SnowflakeConnectorProfilePropertiesInput, "The warehouse and the stage.")
  properties!: SnowflakeConnectorProfilePropertiesInput;

  @NestedField(() => SnowflakeConnectorProfileCredentialsInput, "How AppFlow signs in to Snowflake.")
  credentials!: SnowflakeConnectorProfileCredentialsInput;
}
