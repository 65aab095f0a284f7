import { type ServiceExceptionOptions as __ServiceExceptionOptions, ServiceException as __ServiceException } from "@smithy/core/client";

export type { __ServiceExceptionOptions };
export { __ServiceException };

/**
 * Base exception class for all service exceptions from IoTManagedIntegrations service. An error code
 * the model does not know comes back as this class itself, with `name` set to the code.
 * @public
 */
export class IoTManagedIntegrationsServiceException extends __ServiceException {
  /**
   * @internal
   */
  constructor(options: __ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, IoTManagedIntegrationsServiceException.prototype);
  }
}
