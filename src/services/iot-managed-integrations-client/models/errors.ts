/**
 * Every error shape of the IoT Managed Integrations model (2025-03-03): `$fault` from its
 * `smithy.api#error` trait (HTTP status from `smithy.api#httpError` in the comment), members as modeled.
 * `message` (from Error) carries the same text as the modeled `Message`.
 */
import type { ExceptionOptionType as __ExceptionOptionType } from "@smithy/smithy-client";
import { IoTManagedIntegrationsServiceException as __BaseException } from "./IoTManagedIntegrationsServiceException";

/** User is not authorized. (403) */
export class AccessDeniedException extends __BaseException {
  override readonly name = "AccessDeniedException" as const;
  override readonly $fault = "client" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<AccessDeniedException, __BaseException>) {
    super({ name: "AccessDeniedException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
}

/** There is a conflict with the request. (409) */
export class ConflictException extends __BaseException {
  override readonly name = "ConflictException" as const;
  override readonly $fault = "client" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<ConflictException, __BaseException>) {
    super({ name: "ConflictException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, ConflictException.prototype);
    this.Message = opts.Message;
  }
}

/** An unexpected error has occurred. (500) */
export class InternalFailureException extends __BaseException {
  override readonly name = "InternalFailureException" as const;
  override readonly $fault = "server" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<InternalFailureException, __BaseException>) {
    super({ name: "InternalFailureException", $fault: "server", ...opts });
    Object.setPrototypeOf(this, InternalFailureException.prototype);
    this.Message = opts.Message;
  }
}

/** Internal error from the service that indicates an unexpected error or that the service is unavailable. (500) */
export class InternalServerException extends __BaseException {
  override readonly name = "InternalServerException" as const;
  override readonly $fault = "server" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<InternalServerException, __BaseException>) {
    super({ name: "InternalServerException", $fault: "server", ...opts });
    Object.setPrototypeOf(this, InternalServerException.prototype);
    this.Message = opts.Message;
  }
}

/** The request is not valid. (400) */
export class InvalidRequestException extends __BaseException {
  override readonly name = "InvalidRequestException" as const;
  override readonly $fault = "client" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<InvalidRequestException, __BaseException>) {
    super({ name: "InvalidRequestException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, InvalidRequestException.prototype);
    this.Message = opts.Message;
  }
}

/** The request exceeds a service limit or quota. (410) */
export class LimitExceededException extends __BaseException {
  override readonly name = "LimitExceededException" as const;
  override readonly $fault = "client" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<LimitExceededException, __BaseException>) {
    super({ name: "LimitExceededException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, LimitExceededException.prototype);
    this.Message = opts.Message;
  }
}

/** The specified resource does not exist. (404) */
export class ResourceNotFoundException extends __BaseException {
  override readonly name = "ResourceNotFoundException" as const;
  override readonly $fault = "client" as const;
  Message?: string | undefined;
  ResourceId?: string | undefined;
  ResourceType?: string | undefined;
  constructor(opts: __ExceptionOptionType<ResourceNotFoundException, __BaseException>) {
    super({ name: "ResourceNotFoundException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    this.Message = opts.Message;
    this.ResourceId = opts.ResourceId;
    this.ResourceType = opts.ResourceType;
  }
}

/** The service quota has been exceeded for this request. (402) */
export class ServiceQuotaExceededException extends __BaseException {
  override readonly name = "ServiceQuotaExceededException" as const;
  override readonly $fault = "client" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<ServiceQuotaExceededException, __BaseException>) {
    super({ name: "ServiceQuotaExceededException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
    this.Message = opts.Message;
  }
}

/** The service is temporarily unavailable. (503) */
export class ServiceUnavailableException extends __BaseException {
  override readonly name = "ServiceUnavailableException" as const;
  override readonly $fault = "server" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<ServiceUnavailableException, __BaseException>) {
    super({ name: "ServiceUnavailableException", $fault: "server", ...opts });
    Object.setPrototypeOf(this, ServiceUnavailableException.prototype);
    this.Message = opts.Message;
  }
}

/** The rate exceeds the limit. (429) */
export class ThrottlingException extends __BaseException {
  override readonly name = "ThrottlingException" as const;
  override readonly $fault = "client" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<ThrottlingException, __BaseException>) {
    super({ name: "ThrottlingException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, ThrottlingException.prototype);
    this.Message = opts.Message;
  }
}

/** You are not authorized to perform this operation. (401) */
export class UnauthorizedException extends __BaseException {
  override readonly name = "UnauthorizedException" as const;
  override readonly $fault = "client" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<UnauthorizedException, __BaseException>) {
    super({ name: "UnauthorizedException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, UnauthorizedException.prototype);
    this.Message = opts.Message;
  }
}

/** A validation error occurred when performing the API request. (400) */
export class ValidationException extends __BaseException {
  override readonly name = "ValidationException" as const;
  override readonly $fault = "client" as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<ValidationException, __BaseException>) {
    super({ name: "ValidationException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, ValidationException.prototype);
    this.Message = opts.Message;
  }
}

/** Error code (the shape name) -> exception class, for the protocol's error deserializer. */
export const errorTypeRegistry: Readonly<Record<string, new (opts: any) => __BaseException>> = {
  AccessDeniedException,
  ConflictException,
  InternalFailureException,
  InternalServerException,
  InvalidRequestException,
  LimitExceededException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ServiceUnavailableException,
  ThrottlingException,
  UnauthorizedException,
  ValidationException,
};
