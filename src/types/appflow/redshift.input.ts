import { InputType } from "type-graphql";
import { BooleanField, NestedField, StringField } from "../shared/fields";
import { APPFLOW, NO_WHITESPACE } from "../../validation/patterns";
import { BUCKET_NAME, BUCKET_PREFIX, PASSWORD } from "./field-constraints";

const NAME = { optional: true, max: 512, pattern: NO_WHITESPACE } as const;
const ROLE_ARN = { max: 512, pattern: APPFLOW.iamRoleArn } as const;

@InputType({ description: "The Redshift warehouse and the S3 bucket AppFlow stages data in." })
export class RedshiftConnectorProfilePropertiesInput {
  @StringField("JDBC URL of the database.", NAME)
  databaseUrl?: string;

  @StringField("S3 bucket where AppFlow stages data before Redshift loads it.", BUCKET_NAME)
  bucketName!: string;

  @StringField("Key prefix (folder) for the staged data in the bucket.", { optional: true, ...BUCKET_PREFIX })
  bucketPrefix?: string;

  @StringField("IAM role Redshift assumes to read the staged data from the bucket.", ROLE_ARN)
  roleArn!: string;

  @StringField("IAM role AppFlow assumes to run statements through the Redshift Data API.", { optional: true, ...ROLE_ARN })
  dataApiRoleArn?: string;

  @BooleanField("Whether the warehouse is Redshift Serverless (give workgroupName) rather than a cluster (give clusterIdentifier).", {
    optional: true,
  })
  isRedshiftServerless?: boolean;

  @StringField("Identifier of the provisioned cluster.", NAME)
  clusterIdentifier?: string;

  @StringField("Name of the Redshift Serverless workgroup.", NAME)
  workgroupName?: string;

  @StringField("Name of the database to load into.", NAME)
  databaseName?: string;
}

@InputType({
  description: "Database user credentials. Optional: through the Data API, AppFlow can authenticate with its IAM role instead.",
})
export class RedshiftConnectorProfileCredentialsInput {
  @StringField("Database user name.", { optional: true, max: 2048 })
  username?: string;

  @StringField("Password of the database user.", { optional: true, ...PASSWORD })
  password?: string;
}

@InputType({ description: "An Amazon Redshift connection." })
export class RedshiftConnectorProfileInput {
  @NestedField(() => RedshiftConnectorProfilePropertiesInput, "The warehouse and the staging bucket.")
  properties!: RedshiftConnectorProfilePropertiesInput;

  @NestedField(() => RedshiftConnectorProfileCredentialsInput, "Database user credentials, when not using IAM through the Data API.", {
    optional: true,
  })
  credentials?: RedshiftConnectorProfileCredentialsInput;
}
