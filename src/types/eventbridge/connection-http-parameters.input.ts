import { InputType } from "type-graphql";
import { BooleanField, NestedField, StringField } from "../shared/fields";
import { EVENTBRIDGE } from "../../validation/patterns";

// The model marks every parameter value sensitive, so all are write-only whatever `isValueSecret` says.

@InputType({ description: "An extra HTTP header EventBridge sends." })
export class ConnectionHeaderParameterInput {
  @StringField("Header name.", { optional: true, max: 512, pattern: EVENTBRIDGE.headerKey })
  key?: string;

  @StringField("Header value.", { optional: true, max: 512, pattern: EVENTBRIDGE.headerValue, secret: true })
  value?: string;

  @BooleanField("Whether EventBridge stores the value as a secret (hidden in its own API too).", { optional: true })
  isValueSecret?: boolean;
}

@InputType({ description: "An extra query string parameter EventBridge sends." })
export class ConnectionQueryStringParameterInput {
  @StringField("Query string parameter name.", { optional: true, max: 512, pattern: EVENTBRIDGE.queryStringKey })
  key?: string;

  @StringField("Query string parameter value.", { optional: true, max: 512, pattern: EVENTBRIDGE.queryStringValue, secret: true })
  value?: string;

  @BooleanField("Whether EventBridge stores the value as a secret.", { optional: true })
  isValueSecret?: boolean;
}

@InputType({ description: "An extra body parameter EventBridge sends." })
export class ConnectionBodyParameterInput {
  @StringField("Body parameter name.", { optional: true })
  key?: string;

  @StringField("Body parameter value.", { optional: true, secret: true })
  value?: string;

  @BooleanField("Whether EventBridge stores the value as a secret.", { optional: true })
  isValueSecret?: boolean;
}

@InputType({
  description: "Extra HTTP parameters EventBridge adds to each request (up to 100 of each kind; an event payload cannot exceed 64 KB).",
})
export class ConnectionHttpParametersInput {
  @NestedField(() => ConnectionHeaderParameterInput, "Extra headers.", { optional: true, list: true, maxItems: 100 })
  headerParameters?: ConnectionHeaderParameterInput[];

  @NestedField(() => ConnectionQueryStringParameterInput, "Extra query string parameters.", { optional: true, list: true, maxItems: 100 })
  queryStringParameters?: ConnectionQueryStringParameterInput[];

  @NestedField(() => ConnectionBodyParameterInput, "Extra body parameters.", { optional: true, list: true, maxItems: 100 })
  bodyParameters?: ConnectionBodyParameterInput[];
}
