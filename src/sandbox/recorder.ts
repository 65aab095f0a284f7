import type { ServiceName } from "./operation";

/** One API request as the sandbox received it. Kept in memory for tests; never logged. */
export interface RecordedRequest {
  service: ServiceName;
  operation: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (undefined when there was none or it was not JSON). */
  body: unknown;
  signingService: string;
  signingRegion: string;
  /** HTTP status answered; 0 when the connection was dropped. */
  status: number;
}

export class Recorder {
  readonly requests: RecordedRequest[] = [];

  record(request: RecordedRequest): RecordedRequest {
    this.requests.push(request);
    return request;
  }

  clear(): void {
    this.requests.length = 0;
  }

  /** The latest request, or the latest for one operation. */
  last(operation?: string): RecordedRequest | undefined {
    for (let i = this.requests.length - 1; i >= 0; i--) {
      if (!operation || this.requests[i]!.operation === operation) return this.requests[i];
    }
    return undefined;
  }
}
