/** IoT Managed Integrations connector destinations: create, get, list, update, delete. */
import { AwsError } from "../../errors";
import { hexId } from "../../ids";
import type { Operation, SandboxContext } from "../../operation";
import type { Rule } from "../../rules";
import { ASSOCIATIONS, DESTINATIONS, iotOperation, iotPage, notFound, redirectUrlProblem, type Association, type AuthMaterial, type Destination } from "./shared";

/** Secrets Manager ARNs of the kind AWS resolves them to, wherever the request can carry one. */
const secretArns = (...paths: string[]): Rule[] => paths.map((path) => ({ path: `${path}.arn`, arn: "secret" }));

const destinations = (ctx: SandboxContext) => ctx.store.collection<Destination>(DESTINATIONS);

function existing(ctx: SandboxContext, id: string): Destination {
  const destination = destinations(ctx)[id];
  if (!destination) throw notFound("ConnectorDestination");
  return destination;
}

// `?.` on AuthConfig: a data file from an older sandbox kept destinations without it.
export const authMaterialNames = (d: Destination) => (d.AuthConfig?.GeneralAuthorization ?? []).map((m) => m.AuthMaterialName);
export const oauthCompleteRedirectUrl = (d: Destination) => d.AuthConfig?.oAuth?.oAuthCompleteRedirectUrl;

const invalid = (message: string) => new AwsError("ValidationException", message);

/** Refuses a redirect URL the consent page could not safely send a browser to (never echoing the value). */
function checkRedirectUrl(value: unknown, path: string): void {
  if (value === undefined) return;
  const problem = redirectUrlProblem(value);
  if (problem) throw invalid(`1 validation error detected: Value at '${path}' failed to satisfy constraint: ${problem}`);
}

const createConnectorDestination: Operation = {
  ...iotOperation("CreateConnectorDestination", [
    ...secretArns("AuthConfig.GeneralAuthorization.*.SecretsManager", "SecretsManager"),
    // Service rules: one kind of authorization, and AuthType OAUTH only with an OAuth configuration.
    { path: "AuthConfig", oneOf: ["oAuth", "GeneralAuthorization"] },
    { path: "AuthConfig.oAuth", required: true, when: { path: "AuthType", is: ["OAUTH"] } },
  ]),
  mutates: true,
  handle(input, ctx) {
    checkRedirectUrl(input.AuthConfig.oAuth?.oAuthCompleteRedirectUrl, "AuthConfig.oAuth.oAuthCompleteRedirectUrl");
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
  ...iotOperation("GetConnectorDestination"),
  mutates: false,
  handle(input, ctx) {
    const d = existing(ctx, input.Identifier);
    const redirect = oauthCompleteRedirectUrl(d);
    return { ...d, ...(redirect ? { OAuthCompleteRedirectUrl: redirect } : {}) };
  },
};

const listConnectorDestinations: Operation = {
  ...iotOperation("ListConnectorDestinations"),
  mutates: false,
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
  ...iotOperation(
    "UpdateConnectorDestination",
    secretArns("AuthConfig.GeneralAuthorizationUpdate.AuthMaterialsToAdd.*.SecretsManager", "AuthConfig.GeneralAuthorizationUpdate.AuthMaterialsToUpdate.*.SecretsManager", "SecretsManager"),
  ),
  mutates: true,
  handle(input, ctx) {
    const d = existing(ctx, input.Identifier);
    const oauth = d.AuthType === "OAUTH";
    const { oAuthUpdate, GeneralAuthorizationUpdate } = input.AuthConfig ?? {};
    // A destination keeps its kind of authorization: only that kind's settings can change.
    if (oAuthUpdate && !oauth) throw invalid("AuthConfig.oAuthUpdate applies only to a connector destination with OAuth.");
    if (GeneralAuthorizationUpdate && oauth) throw invalid("AuthConfig.GeneralAuthorizationUpdate applies only to a connector destination with general authorization.");
    if (input.AuthType && !oauth) throw invalid("AuthType OAUTH applies only to a connector destination with OAuth.");
    checkRedirectUrl(oAuthUpdate?.oAuthCompleteRedirectUrl, "AuthConfig.oAuthUpdate.oAuthCompleteRedirectUrl");
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
  ...iotOperation("DeleteConnectorDestination"),
  mutates: true,
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
