/** GraphQL input -> IoT Managed Integrations SDK input, as plain functions. */
import type {
  CreateAccountAssociationCommandInput,
  CreateConnectorDestinationCommandInput,
  UpdateConnectorDestinationCommandInput,
} from "../iot-managed-integrations-client";
import type { UpdateConnectorDestinationInput } from "../../types/iot-managed-integrations/iot-lifecycle.input";
import type { CreateAccountAssociationInput } from "../../types/iot-managed-integrations/create-account-association.input";
import type { CreateConnectorDestinationInput } from "../../types/iot-managed-integrations/create-connector-destination.input";
import type { AuthMaterialInput, ConnectorDestinationAuthConfigInput } from "../../types/iot-managed-integrations/connector-destination-auth.input";
import type { SecretsManagerInput } from "../../types/iot-managed-integrations/secrets-manager.input";
import { ConnectorDestinationAuthType } from "../../types/iot-managed-integrations/iot.enums";
import { mapOptional, oneOfMember, orUndefined, toStringMap } from "../mapping";

function toSecretsManager(input: SecretsManagerInput) {
  return { arn: input.arn, versionId: input.versionId };
}

export function authTypeOf(auth: ConnectorDestinationAuthConfigInput): ConnectorDestinationAuthType {
  const [member] = oneOfMember(auth);
  return member === "oAuth" ? ConnectorDestinationAuthType.OAUTH : ConnectorDestinationAuthType.GENERAL_AUTHORIZATION;
}

function toAuthConfig(auth: ConnectorDestinationAuthConfigInput): CreateConnectorDestinationCommandInput["AuthConfig"] {
  if (auth.oAuth) {
    const o = auth.oAuth;
    return {
      oAuth: {
        authUrl: o.authUrl,
        tokenUrl: o.tokenUrl,
        scope: orUndefined(o.scope),
        tokenEndpointAuthenticationScheme: o.tokenEndpointAuthenticationScheme,
        oAuthCompleteRedirectUrl: orUndefined(o.oAuthCompleteRedirectUrl),
        proactiveRefreshTokenRenewal: mapOptional(o.proactiveRefreshTokenRenewal, (r) => ({
          enabled: orUndefined(r.enabled),
          DaysBeforeRenewal: orUndefined(r.daysBeforeRenewal),
        })),
      },
    };
  }
  return { GeneralAuthorization: toAuthMaterials(auth.generalAuthorization!) };
}

function toAuthMaterials(materials: AuthMaterialInput[]) {
  return materials.map((m) => ({ SecretsManager: toSecretsManager(m.secretsManager), AuthMaterialName: m.authMaterialName }));
}

export function toCreateConnectorDestinationRequest(input: CreateConnectorDestinationInput): CreateConnectorDestinationCommandInput {
  const authType = authTypeOf(input.authConfig);
  return {
    Name: orUndefined(input.name),
    Description: orUndefined(input.description),
    CloudConnectorId: input.cloudConnectorId,
    // The model's AuthType enum has OAUTH only; general authorization is expressed by AuthConfig alone.
    AuthType: authType === ConnectorDestinationAuthType.OAUTH ? "OAUTH" : undefined,
    AuthConfig: toAuthConfig(input.authConfig),
    SecretsManager: mapOptional(input.secretsManager, toSecretsManager),
    ClientToken: orUndefined(input.clientToken),
  };
}

export function toCreateAccountAssociationRequest(input: CreateAccountAssociationInput): CreateAccountAssociationCommandInput {
  return {
    ConnectorDestinationId: input.connectorDestinationId,
    Name: orUndefined(input.name),
    Description: orUndefined(input.description),
    Tags: toStringMap(input.tags),
    GeneralAuthorization: mapOptional(input.generalAuthorization, (g) => ({ AuthMaterialName: orUndefined(g.authMaterialName) })),
    ClientToken: orUndefined(input.clientToken),
  };
}

export function toUpdateConnectorDestinationRequest(input: UpdateConnectorDestinationInput): UpdateConnectorDestinationCommandInput {
  const auth = input.authConfig;
  return {
    Identifier: input.connectorDestinationId,
    Name: orUndefined(input.name),
    Description: orUndefined(input.description),
    AuthType: auth?.oAuth ? "OAUTH" : undefined,
    AuthConfig: mapOptional(auth, (a) => ({
      oAuthUpdate: mapOptional(a.oAuth, (o) => ({
        oAuthCompleteRedirectUrl: orUndefined(o.oAuthCompleteRedirectUrl),
        proactiveRefreshTokenRenewal: mapOptional(o.proactiveRefreshTokenRenewal, (r) => ({ enabled: orUndefined(r.enabled), DaysBeforeRenewal: orUndefined(r.daysBeforeRenewal) })),
      })),
      GeneralAuthorizationUpdate: mapOptional(a.generalAuthorization, (g) => ({
        AuthMaterialsToAdd: mapOptional(g.authMaterialsToAdd, toAuthMaterials),
        AuthMaterialsToUpdate: mapOptional(g.authMaterialsToUpdate, toAuthMaterials),
      })),
    })),
    SecretsManager: mapOptional(input.secretsManager, toSecretsManager),
  };
}
