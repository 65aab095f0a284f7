/** AppFlow's recurring member constraints (from the Smithy model), shared by the connector inputs. */
import { APPFLOW, NO_WHITESPACE } from "../../validation/patterns";

export const INSTANCE_URL = { max: 256, pattern: NO_WHITESPACE } as const;
export const CLIENT_ID = { max: 512, pattern: NO_WHITESPACE } as const;
export const CLIENT_SECRET = { max: 512, pattern: NO_WHITESPACE, secret: true } as const;
export const ACCESS_TOKEN = { max: 4096, pattern: NO_WHITESPACE, secret: true } as const;
// The model does not mark refresh tokens and auth codes sensitive; they grant access all the same.
export const REFRESH_TOKEN = { max: 4096, pattern: NO_WHITESPACE, secret: true } as const;
export const AUTH_CODE = { max: 4096, pattern: NO_WHITESPACE, secret: true } as const;
export const REDIRECT_URI = { max: 512, pattern: NO_WHITESPACE } as const;
export const USERNAME = { max: 512, pattern: NO_WHITESPACE } as const;
/** The model's password pattern is `.*`: any characters. */
export const PASSWORD = { max: 512, secret: true } as const;
export const API_KEY = { max: 256, pattern: NO_WHITESPACE, secret: true } as const;
export const CLIENT_CREDENTIALS_ARN = { min: 20, max: 2048, pattern: APPFLOW.secretsManagerArn, secret: true } as const;
export const BUCKET_NAME = { min: 3, max: 63, pattern: NO_WHITESPACE } as const;
/** The model's bucket prefix pattern is `.*`. */
export const BUCKET_PREFIX = { max: 512 } as const;
export const PRIVATE_LINK_SERVICE_NAME = { max: 512, pattern: APPFLOW.privateLinkServiceName } as const;
export const HTTP_URL = { max: 256, pattern: APPFLOW.httpUrl } as const;
export const CONNECTOR_LABEL = { max: 256, pattern: APPFLOW.connectorLabel } as const;
export const CLIENT_TOKEN = { min: 1, max: 256, pattern: APPFLOW.clientToken } as const;
/** Maps on the wire (profile properties, token URL properties, credentials map): at most 50 entries. */
export const MAP_ENTRIES = 50;
export const MAP_KEY = { min: 1, max: 128, pattern: APPFLOW.mapKey } as const;
export const MAP_VALUE = { max: 2048, pattern: NO_WHITESPACE } as const;
