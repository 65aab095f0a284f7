/**
 * Compiles only if the generated types (codegen.ts, from schema.graphql and examples/) keep the
 * schema's rules. Every `@ts-expect-error` below must meet an error, or tsc fails with "Unused
 * '@ts-expect-error' directive": a @oneOf input that accepted two members (or none) would fail the check.
 * Each expected error is kept on one line so that the directive covers it; the test also compiles a
 * copy without the directives and checks that exactly these lines fail, each for the reason given.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  CreateConnectionApiKeyDocument,
  ConnectionsByNamePrefixDocument,
  CreateConnectorProfileSalesforceJwtBearerDocument,
  type ConnectionAuthorizationInput,
  type CreateConnectionApiKeyMutationVariables,
  type SalesforceConnectorProfileCredentialsInput,
  type UserErrorCode,
} from "./gql/graphql";

/** What any client does with a typed document (Apollo Client, urql and graphql-request all take one). */
declare function execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult>;

const apiKey = { apiKeyName: "x-api-key", apiKeyValue: "example-api-key" };
const basic = { username: "svc-orders", password: "example-password" };

// One member of a @oneOf input: compiles.
export const oneMember: ConnectionAuthorizationInput = { apiKey };

// @ts-expect-error TS2322 -- two members of a @oneOf input (graphql-js: "Exactly one key must be specified")
export const twoMembers: ConnectionAuthorizationInput = { apiKey, basic };

// @ts-expect-error TS2322 -- zero members of a @oneOf input
export const noMember: ConnectionAuthorizationInput = {};

// @ts-expect-error TS2322 -- a member set to null is not a member (graphql-js: "must be non-null")
export const nullMember: ConnectionAuthorizationInput = { apiKey: null };

// The same rules hold inside an operation's variables, at any depth.
export const variables: CreateConnectionApiKeyMutationVariables = { input: { name: "orders-api", authorization: { apiKey } } };

// @ts-expect-error TS2322 -- two members inside the variables of an operation
export const twoMembersInVariables: CreateConnectionApiKeyMutationVariables = { input: { name: "orders-api", authorization: { apiKey, basic } } };

// A @oneOf nested in a @oneOf (connectorProfileConfig.salesforce.credentials).
const jwtBearer = { jwtToken: "eyJhbGciOiJSUzI1NiJ9.eyJleGFtcGxlIjoiand0In0.ZXhhbXBsZS1zaWduYXR1cmU" };
const clientCredentials = { clientCredentialsArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:salesforce-app" };
export const salesforce: SalesforceConnectorProfileCredentialsInput = { jwtBearer };

// @ts-expect-error TS2322 -- two members of the nested @oneOf
export const twoSalesforceFlows: SalesforceConnectorProfileCredentialsInput = { jwtBearer, clientCredentials };

export async function useTheResults(): Promise<void> {
  const created = await execute(CreateConnectionApiKeyDocument, variables);
  const payload = created.createConnection; // nullable: a failed mutation's payload is null
  const firstCode: UserErrorCode | undefined = payload?.userErrors[0]?.code;
  const createdAt: string | undefined = payload?.connection?.creationTime; // DateTimeISO -> string
  void firstCode;
  void createdAt;

  // @ts-expect-error TS2339 -- a field the document did not select is not on the result
  void created.createConnection?.connection?.secretArn;

  await execute(ConnectionsByNamePrefixDocument, { filter: { namePrefix: "orders-api-" }, first: 10 });
  // @ts-expect-error TS2322 -- a variable of the wrong type
  await execute(ConnectionsByNamePrefixDocument, { first: "10" });

  const profile = await execute(CreateConnectorProfileSalesforceJwtBearerDocument, {
    input: { connectorProfileName: "salesforce-crm", connectionMode: "PUBLIC", connectorProfileConfig: { salesforce: { properties: { instanceUrl: "https://acme.my.salesforce.com" }, credentials: salesforce } } },
  });
  void profile.createConnectorProfile?.connectorProfile?.arn;
}
