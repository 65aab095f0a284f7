/**
 * The shapes of the ARNs the three APIs take, one entry per kind, shared by every rule table.
 * Stricter than the models' loose `^arn:aws:kms:.*:[0-9]+:` style patterns on purpose: AWS resolves
 * these ARNs when it uses them, so an ARN of the wrong service or kind fails there.
 */
const PARTITION = "aws(?:-cn|-us-gov)?";
const REGION = "[a-z]{2}(?:-[a-z]+)+-\\d";
const ACCOUNT = "\\d{12}";

const arn = (service: string, region: string, resource: string) =>
  new RegExp(`^arn:${PARTITION}:${service}:${region}:${ACCOUNT}:${resource}$`);

export const ARN_KINDS = {
  kms: { what: "a KMS key ARN", pattern: arn("kms", REGION, "(?:key|alias)/[\\w/+=,.@-]+") },
  iamRole: { what: "an IAM role ARN", pattern: arn("iam", "", "role/[\\w+=,.@/-]+") },
  lambda: { what: "a Lambda function ARN", pattern: arn("lambda", REGION, "function:[\\w-]{1,64}(?::[\\w$-]+)?") },
  secret: { what: "a Secrets Manager secret ARN", pattern: arn("secretsmanager", REGION, "secret:[\\w/+=.@!-]{8,520}") },
  resourceConfiguration: {
    what: "a VPC Lattice resource configuration ARN",
    pattern: arn("vpc-lattice", REGION, "resourceconfiguration/rcfg-[0-9a-z]{17}"),
  },
} as const;

export type ArnKind = keyof typeof ARN_KINDS;
