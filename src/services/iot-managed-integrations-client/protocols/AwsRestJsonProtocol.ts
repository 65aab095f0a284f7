import { AwsRestJsonProtocol } from "@aws-sdk/core/protocols";
import { collectBody } from "@smithy/core/protocols";
import type { HandlerExecutionContext, HttpResponse, MetadataBearer, OperationSchema, SerdeFunctions } from "@smithy/types";

/**
 * The SDK's restJson1 protocol, except that an error response whose body is not JSON (a proxy's HTML
 * 502, a truncated body) is still read as an error: its code comes from `x-amzn-ErrorType` (a typed
 * exception) or is "Unknown" (the base exception, `$fault` by status). The SDK would throw the
 * body's SyntaxError instead, whose message quotes the body.
 */
export class ErrorTolerantAwsRestJsonProtocol extends AwsRestJsonProtocol {
  override async deserializeResponse<Output extends MetadataBearer>(
    operationSchema: OperationSchema,
    context: HandlerExecutionContext & SerdeFunctions,
    response: HttpResponse,
  ): Promise<Output> {
    if (response.statusCode >= 300) {
      const bytes = await collectBody(response.body, context);
      response.body = isJsonObject(bytes, context) ? bytes : new Uint8Array();
    }
    return super.deserializeResponse<Output>(operationSchema, context, response);
  }
}

function isJsonObject(bytes: Uint8Array, context: SerdeFunctions): boolean {
  if (bytes.byteLength === 0) return true;
  try {
    const parsed: unknown = JSON.parse(context.utf8Encoder(bytes));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
