import { Field, ObjectType, Query, Resolver } from "type-graphql";

@ObjectType({ description: "Which backend and region this gateway talks to." })
export class GatewayInfo {
  @Field({ description: "`sandbox` (embedded stand-in for AWS, no account needed) or `aws` (real AWS)." })
  backend!: string;

  @Field({ description: "AWS region the gateway's clients use." })
  region!: string;

  @Field({ description: "Version of the gateway." })
  version!: string;
}

@Resolver()
export class GatewayInfoResolver {
  constructor(private readonly info: GatewayInfo) {}

  @Query(() => GatewayInfo, { description: "Backend, region and version of this gateway." })
  gatewayInfo(): GatewayInfo {
    return this.info;
  }
}
