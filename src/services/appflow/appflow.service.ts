import type { AppflowClient } from "@aws-sdk/client-appflow";
import { AwsService } from "../aws-service";

/** Amazon AppFlow: connector profiles and custom connector registration. Operations: ./appflow.operations.ts. */
export class AppFlowService extends AwsService<AppflowClient> {}
