/** IoT Managed Integrations connector destinations: create, get, list, update, delete. */
import { AwsError } from "../../errors";
import { hexId } from "../../ids";
import type { Operation, SandboxContext } from "../../operation";
import type { Rule } from "../../rules";
import {
  ASSOCIATIONS, AUTH_MATERIAL_NAME, CLIENT_TOKEN, DESTINATIONS, ID, iotPage, NAME, notFound, PAGING_QUERY, PAGING_RULES,
  type Association, type AuthMaterial, type Destination,
} from "./shared";

const URL = /^https?:\/\/(www\.)?[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}([-a-zA-Z0-9()@:%_+.~#?&/=]*)$/;
const DESCRIPTION = { pattern: /^[0-9A-Za-z_\- ]+$/, min: 1, max: 256 };

const secretsManager = (path: string): Rule[] => [
  { path: `${path}.arn`, required: true },
  { path: `${path}.versionId`, required: true },
  { path: `${path}.arn`, arn: "secret" },
  { path: `${path}.versionId`, pattern: /^[a-zA-Z0-9-_]+$/, min: 32, max: 64 },
];

const authMaterials = (path: string): Rule[] => [
  { path, length: [undefined, 3], of: "list" },
  { path: `${path}.*.AuthMaterialName`, required: true },
  { path: `${path}.*.SecretsManager`, required: true },
  { path: `${path}.*.AuthMaterialName`, ...AUTH_MATERIAL_NAME },
  ...secretsManager(`${path}.*.SecretsManager`),
];

const BY_IDENTIFIER: Rule[] = [
  { path: "Identifier", required: true },
  { path: "Identifier", ...ID },
];

const destinations = (ctx: SandboxContext) => ctx.store.collection<Destination>(DESTINATIONS);

function existing(ctx: SandboxContext, id: string): Destination {
  const destination = destinations(ctx)[id];
  if (!destination) throw notFound("ConnectorDestination");
  return destination;
}

export const authMaterialNames = (d: Destination) => (d.AuthConfig.GeneralAuthorization ?? []).map((m) => m.AuthMaterialName);
export const oauthCompleteRedirectUrl = (d: Destination) => d.AuthConfig.oAuth?.oAuthCompleteRedirectUrl;

const invalid = (message: string) => new AwsError("ValidationException", message);

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
    ...authMaterials("AuthConfig.GeneralAuthorization"),
    ...secretsManager("SecretsManager"),
    { path: "Name", ...NAME },
    { path: "Description", ...DESCRIPTION },
    { path: "CloudConnectorId", ...ID },
    { path: "AuthType", enum: ["OAUTH"] },
    { path: "AuthConfig.oAuth.authUrl", pattern: URL, max: 1024 },
    { path: "AuthConfig.oAuth.tokenUrl", pattern: URL, max: 1024 },
    { path: "AuthConfig.oAuth.tokenEndpointAuthenticationScheme", enum: ["HTTP_BASIC", "REQUEST_BODY_CREDENTIALS"] },
    { path: "AuthConfig.oAuth.proactiveRefreshTokenRenewal.DaysBeforeRenewal", range: [30, undefined] },
    CLIENT_TOKEN,
    // Service rules: one kind of authorization, and AuthType OAUTH only with an OAuth configuration.
    { path: "AuthConfig", oneOf: ["oAuth", "GeneralAuthorization"] },
    { path: "AuthConfig.oAuth", required: true, when: { path: "AuthType", is: ["OAUTH"] } },
  ],
  handle(input, ctx) {
    if (input.Name && Object.values(destinations(ctx)).some((d) => d.Name === input.Name)) {
      throw new AwsError("ConflictException", "A connector destination with this name already exists.");
    }
    const id = hexId(16);
    destinations(ctx)[id] = {
      Id: id,
      ...(input.Name ? { Name: input.Name } : {}),
      ...(input.Description ? { Description: input.Description } : {}),
      CloudConnectorId: input.CloudConnectorId,
      ...(input.AuthType || input.AuthConfig.oAuth ? { AuthType: "OAUTH" } : {}),
      AuthConfig: input.AuthConfig.oAuth ? { oAuth: input.AuthConfig.oAuth } : { GeneralAuthorization: input.AuthConfig.GeneralAuthorization },
      ...(input.SecretsManager ? { SecretsManager: input.SecretsManager } : {}),
    };
    return { Id: id };
  },
};

const getConnectorDestination: Operation = {
  name: "GetConnectorDestination",
  http: { method: "GET", uri: "/connector-destinations/{Identifier}" },
  code: 200,
  mutates: false,
  rules: BY_IDENTIFIER,
  handle(input, ctx) {
    const d = existing(ctx, input.Identifier);
    const redirect = oauthCompleteRedirectUrl(d);
    return { ...d, ...(redirect ? { OAuthCompleteRedirectUrl: redirect } : {}) };
  },
};

const listConnectorDestinations: Operation = {
  name: "ListConnectorDestinations",
  http: { method: "GET", uri: "/connector-destinations", query: { CloudConnectorId: { member: "CloudConnectorId", type: "string" }, ...PAGING_QUERY } },
  code: 200,
  mutates: false,
  rules: [{ path: "CloudConnectorId", ...ID }, ...PAGING_RULES],
  handle(input, ctx) {
    const matching = Object.values(destinations(ctx)).filter((d) => !input.CloudConnectorId || d.CloudConnectorId === input.CloudConnectorId);
    const { items, nextToken } = iotPage("ListConnectorDestinations", matching, input, { cloudConnectorId: input.CloudConnectorId });
    const summaries = items.map(({ Name, Description, CloudConnectorId, Id }) => ({ Name, Description, CloudConnectorId, Id }));
    return { ConnectorDestinationList: summaries, ...(nextToken ? { NextToken: nextToken } : {}) };
  },
};

/** Adds and replaces authorization materials by name; names must be new / known, at most 3 in all. */
function updatedMaterials(kept: AuthMaterial[], toAdd: AuthMaterial[] = [], toUpdate: AuthMaterial[] = []): AuthMaterial[] {
  const byName = new Map(kept.map((m) => [m.AuthMaterialName, m]));
  for (const m of toUpdate) {
    if (!byName.has(m.AuthMaterialName)) throw invalid("AuthMaterialsToUpdate names an authorization material the connector destination does not have.");
    byName.set(m.AuthMaterialName, m);
  }
  for (const m of toAdd) {
    if (byName.has(m.AuthMaterialName)) throw invalid("AuthMaterialsToAdd names an authorization material the connector destination already has.");
    byName.set(m.AuthMaterialName, m);
  }
  if (byName.size > 3) throw invalid("A connector destination holds at most 3 authorization materials.");
  return [...byName.values()];
}

const updateConnectorDestination: Operation = {
  name: "UpdateConnectorDestination",
  http: { method: "PUT", uri: "/connector-destinations/{Identifier}" },
  code: 204,
  mutates: true,
  rules: [
    ...BY_IDENTIFIER,
    { path: "Name", ...NAME },
    { path: "Description", ...DESCRIPTION },
    { path: "AuthType", enum: ["OAUTH"] },
    { path: "AuthConfig.oAuthUpdate.proactiveRefreshTokenRenewal.DaysBeforeRenewal", range: [30, undefined] },
    ...authMaterials("AuthConfig.GeneralAuthorizationUpdate.AuthMaterialsToAdd"),
    ...authMaterials("AuthConfig.GeneralAuthorizationUpdate.AuthMaterialsToUpdate"),
    ...secretsManager("SecretsManager"),
  ],
  handle(input, ctx) {
    const d = existing(ctx, input.Identifier);
    const oauth = d.AuthType === "OAUTH";
    const { oAuthUpdate, GeneralAuthorizationUpdate } = input.AuthConfig ?? {};
    // A destination keeps its kind of authorization: only that kind's settings can change.
    if (oAuthUpdate && !oauth) throw invalid("AuthConfig.oAuthUpdate applies only to a connector destination with OAuth.");
    if (GeneralAuthorizationUpdate && oauth) throw invalid("AuthConfig.GeneralAuthorizationUpdate applies only to a connector destination with general authorization.");
    if (input.AuthType && !oauth) throw invalid("AuthType OAUTH applies only to a connector destination with OAuth.");
    if (input.Name !== undefined) d.Name = input.Name;
    if (input.Description !== undefined) d.Description = input.Description;
    if (input.SecretsManager) d.SecretsManager = input.SecretsManager;
    if (oAuthUpdate) d.AuthConfig.oAuth = { ...d.AuthConfig.oAuth, ...oAuthUpdate };
    if (GeneralAuthorizationUpdate) {
      d.AuthConfig.GeneralAuthorization = updatedMaterials(d.AuthConfig.GeneralAuthorization ?? [], GeneralAuthorizationUpdate.AuthMaterialsToAdd, GeneralAuthorizationUpdate.AuthMaterialsToUpdate);
    }
    return undefined;
  },
};

const deleteConnectorDestination: Operation = {
  name: "DeleteConnectorDestination",
  http: { method: "DELETE", uri: "/connector-destinations/{Identifier}" },
  code: 200,
  mutates: true,
  rules: BY_IDENTIFIER,
  handle(input, ctx) {
    existing(ctx, input.Identifier);
    // "Deletion can't be done if the account association has used this connector destination."
    if (Object.values(ctx.store.collection<Association>(ASSOCIATIONS)).some((a) => a.ConnectorDestinationId === input.Identifier)) {
      throw invalid("The connector destination is used by an account association; delete the account association first.");
    }
    delete destinations(ctx)[input.Identifier];
    return undefined;
  },
};

export const destinationOperations = [createConnectorDestination, getConnectorDestination, listConnectorDestinations, updateConnectorDestination, deleteConnectorDestination];
