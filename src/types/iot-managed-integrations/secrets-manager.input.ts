import { InputType } from "type-graphql";
import { StringField } from "../shared/fields";
import { IOT_MANAGED_INTEGRATIONS as IOT } from "../../validation/patterns";

@InputType({ description: "A version of an AWS Secrets Manager secret." })
export class SecretsManagerInput {
  @StringField("ARN of the secret.", { min: 20, max: 2048, pattern: IOT.secretsManagerArn })
  arn!: string;

  @StringField("Version id of the secret.", { min: 32, max: 64, pattern: IOT.id })
  versionId!: string;
}
