import { InputType } from "type-graphql";
import { BooleanField, EnumField, NestedField, StringField } from "../shared/fields";
import { APPFLOW } from "../../validation/patterns";
import { ConnectionMode } from "./connection-mode.enum";
import { ConnectorProfileConfigInput } from "./connector-profile-config.input";
import { ConnectorType } from "./connector-type.enum";
import { CLIENT_TOKEN, CONNECTOR_LABEL } from "./field-constraints";

const PROFILE_NAME = { max: 256, pattern: APPFLOW.connectorProfileName } as const;

@InputType({ description: "Changes a connector profile: rotate its credentials or change its properties. The connector cannot change." })
export class UpdateConnectorProfileInput {
  @StringField("Name of the profile to change.", PROFILE_NAME)
  connectorProfileName!: string;

  @EnumField(() => ConnectionMode, "Whether AppFlow reaches the application publicly or over PrivateLink.")
  connectionMode!: ConnectionMode;

  @NestedField(() => ConnectorProfileConfigInput, "The profile's new properties and credentials, complete: the same @oneOf member as at creation.")
  connectorProfileConfig!: ConnectorProfileConfigInput;

  @StringField("Idempotency token: a retry with the same token and input changes nothing more. Generated when absent.", { optional: true, ...CLIENT_TOKEN })
  clientToken?: string;
}

@InputType({ description: "Deletes one connector profile." })
export class DeleteConnectorProfileInput {
  @StringField("Name of the profile to delete.", PROFILE_NAME)
  connectorProfileName!: string;

  @BooleanField("Delete even when flows still use the profile (they stop working).", { optional: true })
  forceDelete?: boolean;
}

@InputType({ description: "Unregisters one custom connector." })
export class UnregisterConnectorInput {
  @StringField("Label of the connector to unregister.", CONNECTOR_LABEL)
  connectorLabel!: string;

  @BooleanField("Unregister even when connector profiles still use it.", { optional: true })
  forceDelete?: boolean;
}

@InputType({ description: "Narrows the `connectorProfiles` list." })
export class ConnectorProfileFilterInput {
  @EnumField(() => ConnectorType, "Only profiles of this connector.", { optional: true })
  connectorType?: ConnectorType;

  @StringField("Only profiles of this custom connector.", { optional: true, ...CONNECTOR_LABEL })
  connectorLabel?: string;
}
