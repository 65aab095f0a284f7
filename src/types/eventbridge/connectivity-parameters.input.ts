import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { EVENTBRIDGE } from "../../validation/patterns";

@InputType({ description: "The VPC Lattice resource configuration of a private endpoint." })
export class ConnectivityResourceConfigurationArnInput {
  @StringField("ARN of the VPC Lattice resource configuration for the private endpoint.", {
    max: 2048,
    pattern: EVENTBRIDGE.resourceConfigurationArn,
  })
  resourceConfigurationArn!: string;
}

@InputType({ description: "How EventBridge reaches a private endpoint (through VPC Lattice)." })
export class ConnectivityResourceParametersInput {
  @NestedField(() => ConnectivityResourceConfigurationArnInput, "The resource configuration to use.")
  resourceParameters!: ConnectivityResourceConfigurationArnInput;
}
