import { registerEnumType } from "type-graphql";

/** Derived from the `connectorProvisioningConfig` member given. */
export enum ConnectorProvisioningType {
  LAMBDA = "LAMBDA",
}

registerEnumType(ConnectorProvisioningType, {
  name: "ConnectorProvisioningType",
  description: "Where a custom connector's code runs (follows from the `connectorProvisioningConfig` member given).",
  valuesConfig: {
    LAMBDA: { description: "An AWS Lambda function in this account." },
  },
});
