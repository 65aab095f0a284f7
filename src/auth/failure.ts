/** Why a request to /graphql was turned away before any GraphQL ran (answered 401, or 503 when the issuer's keys cannot be fetched). */
export class AuthenticationFailure extends Error {
  private constructor(
    readonly status: 401 | 503,
    /** RFC 6750 error code of the challenge; absent when no credentials were sent at all. */
    readonly bearerError: "invalid_token" | "invalid_request" | undefined,
    message: string,
    /** Short reason for the log (never the credential). */
    readonly reason: string,
  ) {
    super(message);
    this.name = "AuthenticationFailure";
  }

  static missing(): AuthenticationFailure {
    return new AuthenticationFailure(401, undefined, "Authentication required: send Authorization: Bearer <token>.", "missing");
  }

  static invalidRequest(message: string, reason: string): AuthenticationFailure {
    return new AuthenticationFailure(401, "invalid_request", message, reason);
  }

  static invalidToken(message: string, reason: string): AuthenticationFailure {
    return new AuthenticationFailure(401, "invalid_token", message, reason);
  }

  static unavailable(): AuthenticationFailure {
    return new AuthenticationFailure(503, undefined, "Authentication is unavailable: the token issuer's keys cannot be fetched. Try again later.", "jwks-unavailable");
  }

  /** The WWW-Authenticate challenge (RFC 6750 section 3); messages are ours and hold no quotes. */
  challenge(realm: string): string {
    const parts = [`realm="${realm}"`];
    if (this.bearerError) parts.push(`error="${this.bearerError}"`, `error_description="${this.message.replace(/["\\]/g, "")}"`);
    return `Bearer ${parts.join(", ")}`;
  }
}
