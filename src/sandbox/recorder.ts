import type { ServiceName } from "./errors";

/** One API request as the sandbox received it (tests assert on these; never logged). */
export interface RecordedRequest {
  service: ServiceName;
  operation: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
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

  last(operation?: string): RecordedRequest | undefined {
    for (let i = this.requests.length - 1; i >= 0; i--) {
      if (!operation || this.requests[i]!.operation === operation) return this.requests[i];
    }
    return undefined;
  }
}
