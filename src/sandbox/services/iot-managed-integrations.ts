/** AWS IoT Managed Integrations (restJson1, signing name `iotmanagedintegrations`), from iot-managed-integrations-2025-03-03. */
import { AwsError } from "../errors";
import { hexId } from "../ids";
import type { Operation, ServiceDefinition } from "../operation";
import type { Rule } from "../rules";

const NAME = { pattern: /^[A-Za-z0-9-_ ]+$/, min: 1, max: 128 };
const ID = { pattern: /^[A-Za-z0-9-_]+$/, min: 1, max: 64 };
const CLIENT_TOKEN: Rule = { path: "ClientToken", pattern: /^[a-zA-Z0-9=_-]+$/, min: 1, max: 64 };
const AUTH_MATERIAL_NAME = { pattern: /^[a-zA-Z0-9=_+/-]+$/, min: 1, max: 100 };
const URL = /^https?:\/\/(www\.)?[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}([-a-zA-Z0-9()@:%_+.~#?&/=]*)$/;

const secretsManager = (path: string): Rule[] => [
  { path: `${path}.arn`, required: true },
  { path: `${path}.versionId`, required: true },
  { path: `${path}.arn`, arn: "secret" },
  { path: `${path}.versionId`, pattern: /^[a-zA-Z0-9-_]+$/, min: 32, max: 64 },
];

export const DESTINATIONS = "iot.connectorDestinations";
export const ASSOCIATIONS = "iot.accountAssociations";

export interface Destination {
  Id: string;
  Name?: string;
  CloudConnectorId: string;
  AuthType?: string;
  oAuthCompleteRedirectUrl?: string;
  authMaterialNames: string[];
}

/** The GetAccountAssociation members (but the URL), plus what the approve page needs (never returned). */
export interface Association {
  AccountAssociationId: string;
  Arn: string;
  ConnectorDestinationId: string;
  Name?: string;
  Description?: string;
  AssociationState: string;
  ErrorMessage?: string;
  Tags?: Record<string, string>;
  GeneralAuthorization?: { AuthMaterialName?: string };
  /** OAuth only: the approve page's path (the URL is built on the current base URL, which a restart may change) and its state. */
  oauthPath?: string;
  oauthState?: string;
}

const authorizationUrl = (a: Association, baseUrl: string) => (a.oauthPath ? `${baseUrl}${a.oauthPath}` : "");

const createConnectorDestination: Operation = {
  name: "CreateConnectorDestination",
  http: { method: "POST", uri: "/connector-destinations" },
  code: 201,
  idempotencyToken: "ClientToken",
  mutates: true,
  rules: [
    { path: "CloudConnectorId", required: true },
    { path: "AuthConfig", required: true },
    { path: "AuthConfig.oAuth.authUrl", required: true },
    { path: "AuthConfig.oAuth.tokenUrl", required: true },
    { path: "AuthConfig.oAuth.tokenEndpointAuthenticationScheme", required: true },
    { path: "AuthConfig.GeneralAuthorization.*.AuthMaterialName", required: true },
    { path: "AuthConfig.GeneralAuthorization.*.SecretsManager", required: true },
    ...secretsManager("AuthConfig.GeneralAuthorization.*.SecretsManager"),
    ...secretsManager("SecretsManager"),
    { path: "Name", ...NAME },
    { path: "Description", pattern: /^[0-9A-Za-z_\- ]+$/, min: 1, max: 256 },
    { path: "CloudConnectorId", ...ID },
    { path: "AuthType", enum: ["OAUTH"] },
    { path: "AuthConfig.oAuth.authUrl", pattern: URL, max: 1024 },
    { path: "AuthConfig.oAuth.tokenUrl", pattern: URL, max: 1024 },
    { path: "AuthConfig.oAuth.tokenEndpointAuthenticationScheme", enum: ["HTTP_BASIC", "REQUEST_BODY_CREDENTIALS"] },
    { path: "AuthConfig.GeneralAuthorization.*.AuthMaterialName", ...AUTH_MATERIAL_NAME },
    CLIENT_TOKEN,
    // Service rules: one kind of authorization, and AuthType OAUTH only with an OAuth configuration.
    { path: "AuthConfig", oneOf: ["oAuth", "GeneralAuthorization"] },
    { path: "AuthConfig.oAuth", required: true, when: { path: "AuthType", is: ["OAUTH"] } },
  ],
  handle(input, ctx) {
    const destinations = ctx.store.collection<Destination>(DESTINATIONS);
    if (input.Name && Object.values(destinations).some((d) => d.Name === input.Name)) {
      throw new AwsError("ConflictException", "A connector destination with this name already exists.");
    }
    const id = hexId(16);
    destinations[id] = {
      Id: id,
      ...(input.Name ? { Name: input.Name } : {}),
      CloudConnectorId: input.CloudConnectorId,
      ...(input.AuthType || input.AuthConfig.oAuth ? { AuthType: "OAUTH" } : {}),
      ...(input.AuthConfig.oAuth?.oAuthCompleteRedirectUrl ? { oAuthCompleteRedirectUrl: input.AuthConfig.oAuth.oAuthCompleteRedirectUrl } : {}),
      authMaterialNames: (input.AuthConfig.GeneralAuthorization ?? []).map((m: { AuthMaterialName: string }) => m.AuthMaterialName),
    };
    return { Id: id };
  },
};

const createAccountAssociation: Operation = {
  name: "CreateAccountAssociation",
  http: { method: "POST", uri: "/account-associations" },
  code: 201,
  idempotencyToken: "ClientToken",
  mutates: true,
  rules: [
    { path: "ConnectorDestinationId", required: true },
    { path: "ConnectorDestinationId", ...ID },
    { path: "Name", ...NAME },
    { path: "Description", pattern: /^[A-Za-z0-9-_ ]+$/, min: 1, max: 4096 },
    { path: "GeneralAuthorization.AuthMaterialName", ...AUTH_MATERIAL_NAME },
    CLIENT_TOKEN,
  ],
  handle(input, ctx) {
    const destination = ctx.store.collection<Destination>(DESTINATIONS)[input.ConnectorDestinationId];
    if (!destination) throw new AwsError("ResourceNotFoundException", "The connector destination does not exist.", { ResourceType: "ConnectorDestination" });
    const oauth = destination.AuthType === "OAUTH";
    const material = input.GeneralAuthorization?.AuthMaterialName;
    if (material && !oauth && !destination.authMaterialNames.includes(material)) {
      throw new AwsError("ValidationException", "GeneralAuthorization.AuthMaterialName does not name an authorization material of the connector destination.");
    }
    const associations = ctx.store.collection<Association>(ASSOCIATIONS);
    if (input.Name && Object.values(associations).some((a) => a.Name === input.Name)) {
      throw new AwsError("ConflictException", "An account association with this name already exists.");
    }
    const id = hexId(16);
    const state = hexId(16);
    // OAuth waits for the end user on the authorization page; general authorization needs no one.
    const association: Association = {
      AccountAssociationId: id,
      Arn: `arn:aws:iotmanagedintegrations:${ctx.region}:${ctx.accountId}:account-association/${id}`,
      ConnectorDestinationId: destination.Id,
      ...(input.Name ? { Name: input.Name } : {}),
      ...(input.Description ? { Description: input.Description } : {}),
      AssociationState: oauth ? "ASSOCIATION_IN_PROGRESS" : "ASSOCIATION_SUCCEEDED",
      ...(input.Tags ? { Tags: input.Tags } : {}),
      ...(input.GeneralAuthorization ? { GeneralAuthorization: { AuthMaterialName: material } } : {}),
      ...(oauth ? { oauthPath: `/oauth/authorize?association=${id}&state=${state}`, oauthState: state } : {}),
    };
    associations[id] = association;
    return { OAuthAuthorizationUrl: authorizationUrl(association, ctx.baseUrl), AccountAssociationId: id, AssociationState: association.AssociationState, Arn: association.Arn };
  },
};

const getAccountAssociation: Operation = {
  name: "GetAccountAssociation",
  http: { method: "GET", uri: "/account-associations/{AccountAssociationId}" },
  code: 200,
  mutates: false,
  rules: [
    { path: "AccountAssociationId", required: true },
    { path: "AccountAssociationId", pattern: /^[0-9a-zA-Z]+$/, min: 1, max: 64 },
  ],
  handle(input, ctx) {
    const association = ctx.store.collection<Association>(ASSOCIATIONS)[input.AccountAssociationId];
    if (!association) throw new AwsError("ResourceNotFoundException", "The account association does not exist.", { ResourceType: "AccountAssociation" });
    const { oauthPath: _path, oauthState: _state, ...shown } = association;
    return { ...shown, OAuthAuthorizationUrl: authorizationUrl(association, ctx.baseUrl) };
  },
};

export const iotManagedIntegrations: ServiceDefinition = {
  name: "iot-managed-integrations",
  signingName: "iotmanagedintegrations",
  protocol: "restJson1",
  errorMessageMember: "Message",
  errorStatus: {
    ValidationException: 400, InvalidRequestException: 400, UnauthorizedException: 401, ServiceQuotaExceededException: 402,
    AccessDeniedException: 403, ResourceNotFoundException: 404, ConflictException: 409, LimitExceededException: 410,
    ThrottlingException: 429, InternalServerException: 500, InternalFailureException: 500, ServiceUnavailableException: 503,
  },
  throttlingCode: "ThrottlingException",
  internalErrorCode: "InternalServerException",
  operations: [createConnectorDestination, createAccountAssociation, getAccountAssociation],
};
