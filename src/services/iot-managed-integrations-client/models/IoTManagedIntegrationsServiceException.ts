import { ServiceException as __ServiceException, type ServiceExceptionOptions as __ServiceExceptionOptions } from "@smithy/smithy-client";

export type { __ServiceExceptionOptions };
export { __ServiceException };

/**
 * Base of every error the service returns. Unmodeled error codes come back as this class itself,
 * with `name` set to the code.
 */
export class IoTManagedIntegrationsServiceException extends __ServiceException {
  constructor(options: __ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, IoTManagedIntegrationsServiceException.prototype);
  }
}
