/** AWS IoT Managed Integrations (restJson1, signing name `iotmanagedintegrations`), from iot-managed-integrations-2025-03-03. */
import { randomBytes } from "node:crypto";
import { conflict, notFound, validation } from "../errors";
import type { Operation, SandboxContext, ServiceDefinition } from "../operation";

const SECRET_ARN = /^arn:aws:secretsmanager:[0-9a-zA-Z-]{1,32}:\d{12}:secret:[A-Za-z0-9/_+=.@-]{8,520}$/;
const ID = /^[A-Za-z0-9_-]+$/;
const NAME = /^[A-Za-z0-9_ -]+$/;

interface Destination {
  Id: string;
  Name?: string;
  CloudConnectorId: string;
  AuthType?: string;
  oAuthCompleteRedirectUrl?: string;
  authMaterialNames: string[];
}

export interface Association {
  AccountAssociationId: string;
  Arn: string;
  ConnectorDestinationId: string;
  Name?: string;
  Description?: string;
  AssociationState: string;
  OAuthAuthorizationUrl: string;
  GeneralAuthorization?: { AuthMaterialName?: string };
}

const newId = (bytes: number) => randomBytes(bytes).toString("hex");

export const DESTINATIONS = "iot.connectorDestinations";
export const ASSOCIATIONS = "iot.accountAssociations";

const createConnectorDestination: Operation = {
  name: "CreateConnectorDestination",
  method: "POST",
  uri: "/connector-destinations",
  successCode: 201,
  clientToken: "ClientToken",
  rules: [
    { required: "CloudConnectorId" },
    { required: "AuthConfig" },
    { path: "CloudConnectorId", format: ID, what: "a cloud connector id" },
    { path: "Name", format: NAME, what: "a connector destination name" },
    { path: "AuthType", enum: ["OAUTH"] },
    { exactlyOne: "AuthConfig", of: ["oAuth", "GeneralAuthorization"] },
    { check: (b) => (b.AuthType === "OAUTH" && !b.AuthConfig?.oAuth ? "AuthType OAUTH requires AuthConfig.oAuth" : undefined) },
    { required: "AuthConfig.oAuth.authUrl" },
    { required: "AuthConfig.oAuth.tokenUrl" },
    { required: "AuthConfig.oAuth.tokenEndpointAuthenticationScheme" },
    { path: "AuthConfig.oAuth.tokenEndpointAuthenticationScheme", enum: ["HTTP_BASIC", "REQUEST_BODY_CREDENTIALS"] },
    { required: "AuthConfig.GeneralAuthorization.*.AuthMaterialName" },
    { required: "AuthConfig.GeneralAuthorization.*.SecretsManager" },
    { required: "AuthConfig.GeneralAuthorization.*.SecretsManager.arn" },
    { required: "AuthConfig.GeneralAuthorization.*.SecretsManager.versionId" },
    { path: "AuthConfig.GeneralAuthorization.*.SecretsManager.arn", format: SECRET_ARN, what: "a Secrets Manager secret ARN" },
    { required: "SecretsManager.arn" },
    { required: "SecretsManager.versionId" },
    { path: "SecretsManager.arn", format: SECRET_ARN, what: "a Secrets Manager secret ARN" },
  ],
  handle(input, ctx) {
    const destinations = ctx.store.collection<Destination>(DESTINATIONS);
    if (input.Name && Object.values(destinations).some((d) => d.Name === input.Name)) {
      throw conflict("iot-managed-integrations", `A connector destination named ${input.Name} already exists.`);
    }
    const id = newId(8);
    destinations[id] = {
      Id: id,
      Name: input.Name,
      CloudConnectorId: input.CloudConnectorId,
      AuthType: input.AuthType ?? (input.AuthConfig.oAuth ? "OAUTH" : undefined),
      oAuthCompleteRedirectUrl: input.AuthConfig.oAuth?.oAuthCompleteRedirectUrl,
      authMaterialNames: (input.AuthConfig.GeneralAuthorization ?? []).map((m: { AuthMaterialName: string }) => m.AuthMaterialName),
    };
    return { Id: id };
  },
};

const createAccountAssociation: Operation = {
  name: "CreateAccountAssociation",
  method: "POST",
  uri: "/account-associations",
  successCode: 201,
  clientToken: "ClientToken",
  rules: [
    { required: "ConnectorDestinationId" },
    { path: "ConnectorDestinationId", format: ID, what: "a connector destination id" },
    { path: "Name", format: NAME, what: "an account association name" },
  ],
  handle(input, ctx: SandboxContext) {
    const destination = ctx.store.collection<Destination>(DESTINATIONS)[input.ConnectorDestinationId];
    if (!destination) throw notFound("iot-managed-integrations", `Connector destination ${input.ConnectorDestinationId} does not exist.`);
    const material = input.GeneralAuthorization?.AuthMaterialName;
    if (material && destination.AuthType !== "OAUTH" && !destination.authMaterialNames.includes(material)) {
      throw validation("iot-managed-integrations", "GeneralAuthorization.AuthMaterialName does not name a material of the connector destination");
    }
    const associations = ctx.store.collection<Association>(ASSOCIATIONS);
    if (input.Name && Object.values(associations).some((a) => a.Name === input.Name && a.ConnectorDestinationId === destination.Id)) {
      throw conflict("iot-managed-integrations", `An account association named ${input.Name} already exists for this destination.`);
    }
    const id = newId(10);
    const oauth = destination.AuthType === "OAUTH";
    const association: Association = {
      AccountAssociationId: id,
      Arn: `arn:aws:iotmanagedintegrations:${ctx.region}:${ctx.accountId}:account-association/${id}`,
      ConnectorDestinationId: destination.Id,
      Name: input.Name,
      Description: input.Description,
      // OAuth associations wait for the end user; general authorization needs no one.
      AssociationState: oauth ? "ASSOCIATION_IN_PROGRESS" : "ASSOCIATION_SUCCEEDED",
      OAuthAuthorizationUrl: oauth ? `${ctx.baseUrl}/oauth/authorize?association=${id}&state=${newId(8)}` : "",
      GeneralAuthorization: input.GeneralAuthorization,
    };
    associations[id] = association;
    return { OAuthAuthorizationUrl: association.OAuthAuthorizationUrl, AccountAssociationId: id, AssociationState: association.AssociationState, Arn: association.Arn };
  },
};

const getAccountAssociation: Operation = {
  name: "GetAccountAssociation",
  method: "GET",
  uri: "/account-associations/{AccountAssociationId}",
  successCode: 200,
  rules: [{ required: "AccountAssociationId" }],
  handle(input, ctx) {
    const association = ctx.store.collection<Association>(ASSOCIATIONS)[input.AccountAssociationId];
    if (!association) throw notFound("iot-managed-integrations", `Account association ${input.AccountAssociationId} does not exist.`);
    return association;
  },
};

export const iotManagedIntegrations: ServiceDefinition = {
  name: "iot-managed-integrations",
  signingName: "iotmanagedintegrations",
  operations: [createConnectorDestination, createAccountAssociation, getAccountAssociation],
};
