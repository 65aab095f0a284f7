import type { getAwsRegionExtensionConfiguration } from "@aws-sdk/core/client";
import type { HttpHandlerExtensionConfiguration } from "@smithy/core/protocols";
import type { DefaultExtensionConfiguration } from "@smithy/types";
import type { HttpAuthExtensionConfiguration } from "./auth/httpAuthExtensionConfiguration";

/** `AwsRegionExtensionConfiguration` of @aws-sdk/types, read off @aws-sdk/core so that package need not be a dependency. */
type AwsRegionExtensionConfiguration = ReturnType<typeof getAwsRegionExtensionConfiguration>;

/**
 * @internal
 */
export interface IoTManagedIntegrationsExtensionConfiguration
  extends HttpHandlerExtensionConfiguration,
    DefaultExtensionConfiguration,
    AwsRegionExtensionConfiguration,
    HttpAuthExtensionConfiguration {}
