import { InputType } from "type-graphql";
import { OneOfInput, OneOfMember, StringField } from "../shared/fields";
import { APPFLOW } from "../../validation/patterns";

@InputType({ description: "A custom connector implemented by an AWS Lambda function." })
export class LambdaConnectorProvisioningConfigInput {
  @StringField("ARN of the Lambda function that implements the connector (deployed beforehand).", {
    max: 512,
    pattern: APPFLOW.lambdaArn,
  })
  lambdaArn!: string;
}

// One member today; the oneOf lets AppFlow's future provisioning types arrive without a breaking change.
@OneOfInput(
  "ConnectorProvisioningConfigInput",
  "Where the custom connector's code runs: exactly one of the members (it sets the provisioning type).",
)
export class ConnectorProvisioningConfigInput {
  @OneOfMember(() => LambdaConnectorProvisioningConfigInput, "An AWS Lambda function (provisioning type LAMBDA).")
  lambda?: LambdaConnectorProvisioningConfigInput;
}
