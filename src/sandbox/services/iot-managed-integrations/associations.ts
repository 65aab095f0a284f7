/** IoT Managed Integrations account associations: create, get, list, update, delete, refresh. */
import { AwsError } from "../../errors";
import { hexId } from "../../ids";
import type { Operation, SandboxContext } from "../../operation";
import { authMaterialNames } from "./destinations";
import { ASSOCIATIONS, DESTINATIONS, iotOperation, iotPage, notFound, type Association, type Destination } from "./shared";

const associations = (ctx: SandboxContext) => ctx.store.collection<Association>(ASSOCIATIONS);

function existing(ctx: SandboxContext, id: string): Association {
  const association = associations(ctx)[id];
  if (!association) throw notFound("AccountAssociation");
  return association;
}

const authorizationUrl = (a: Association, baseUrl: string) => (a.oauthPath ? `${baseUrl}${a.oauthPath}` : "");

/** A fresh consent page for the end user: a new state, so an older link no longer works. */
function awaitConsent(a: Association): void {
  const state = hexId(16);
  a.oauthState = state;
  a.oauthPath = `/oauth/authorize?association=${a.AccountAssociationId}&state=${state}`;
  a.AssociationState = "ASSOCIATION_IN_PROGRESS";
  delete a.ErrorMessage;
}

function nameTaken(ctx: SandboxContext, name: string | undefined, except?: string): void {
  if (name && Object.values(associations(ctx)).some((a) => a.Name === name && a.AccountAssociationId !== except)) {
    throw new AwsError("ConflictException", "An account association with this name already exists.");
  }
}

const createAccountAssociation: Operation = {
  ...iotOperation("CreateAccountAssociation"),
  mutates: true,
  handle(input, ctx) {
    const destination = ctx.store.collection<Destination>(DESTINATIONS)[input.ConnectorDestinationId];
    if (!destination) throw notFound("ConnectorDestination");
    const oauth = destination.AuthType === "OAUTH";
    const material = input.GeneralAuthorization?.AuthMaterialName;
    if (material && !oauth && !authMaterialNames(destination).includes(material)) {
      throw new AwsError("ValidationException", "GeneralAuthorization.AuthMaterialName does not name an authorization material of the connector destination.");
    }
    nameTaken(ctx, input.Name);
    const id = hexId(16);
    // OAuth waits for the end user on the authorization page; general authorization needs no one.
    const association: Association = {
      AccountAssociationId: id,
      Arn: `arn:aws:iotmanagedintegrations:${ctx.region}:${ctx.accountId}:account-association/${id}`,
      ConnectorDestinationId: destination.Id,
      ...(input.Name ? { Name: input.Name } : {}),
      ...(input.Description ? { Description: input.Description } : {}),
      AssociationState: "ASSOCIATION_SUCCEEDED",
      ...(input.Tags ? { Tags: input.Tags } : {}),
      ...(input.GeneralAuthorization ? { GeneralAuthorization: { AuthMaterialName: material } } : {}),
    };
    if (oauth) awaitConsent(association);
    associations(ctx)[id] = association;
    return { OAuthAuthorizationUrl: authorizationUrl(association, ctx.baseUrl), AccountAssociationId: id, AssociationState: association.AssociationState, Arn: association.Arn };
  },
};

const getAccountAssociation: Operation = {
  ...iotOperation("GetAccountAssociation"),
  mutates: false,
  handle(input, ctx) {
    const association = existing(ctx, input.AccountAssociationId);
    const { oauthPath: _path, oauthState: _state, ...shown } = association;
    return { ...shown, OAuthAuthorizationUrl: authorizationUrl(association, ctx.baseUrl) };
  },
};

const listAccountAssociations: Operation = {
  ...iotOperation("ListAccountAssociations"),
  mutates: false,
  handle(input, ctx) {
    const matching = Object.values(associations(ctx)).filter((a) => !input.ConnectorDestinationId || a.ConnectorDestinationId === input.ConnectorDestinationId);
    const { items, nextToken } = iotPage("ListAccountAssociations", matching, input, { destination: input.ConnectorDestinationId });
    // AccountAssociationItem: no tags, no authorization URL.
    const shown = items.map(({ AccountAssociationId, AssociationState, ErrorMessage, ConnectorDestinationId, Name, Description, Arn }) => ({
      AccountAssociationId, AssociationState, ErrorMessage, ConnectorDestinationId, Name, Description, Arn,
    }));
    return { Items: shown, ...(nextToken ? { NextToken: nextToken } : {}) };
  },
};

const updateAccountAssociation: Operation = {
  ...iotOperation("UpdateAccountAssociation"),
  mutates: true,
  handle(input, ctx) {
    const association = existing(ctx, input.AccountAssociationId);
    nameTaken(ctx, input.Name, association.AccountAssociationId);
    if (input.Name !== undefined) association.Name = input.Name;
    if (input.Description !== undefined) association.Description = input.Description;
    return undefined;
  },
};

const deleteAccountAssociation: Operation = {
  ...iotOperation("DeleteAccountAssociation"),
  mutates: true,
  handle(input, ctx) {
    existing(ctx, input.AccountAssociationId);
    delete associations(ctx)[input.AccountAssociationId];
    return undefined;
  },
};

const startAccountAssociationRefresh: Operation = {
  ...iotOperation("StartAccountAssociationRefresh"),
  mutates: true,
  handle(input, ctx) {
    const association = existing(ctx, input.AccountAssociationId);
    const destination = ctx.store.collection<Destination>(DESTINATIONS)[association.ConnectorDestinationId];
    // Only an OAuth authorization can be refreshed: the end user consents again on a new page.
    if (destination?.AuthType !== "OAUTH") throw new AwsError("ValidationException", "Only an account association with an OAuth connector destination can be refreshed.");
    awaitConsent(association);
    return { OAuthAuthorizationUrl: authorizationUrl(association, ctx.baseUrl) };
  },
};

export const associationOperations = [
  createAccountAssociation, getAccountAssociation, listAccountAssociations, updateAccountAssociation, deleteAccountAssociation, startAccountAssociationRefresh,
];
