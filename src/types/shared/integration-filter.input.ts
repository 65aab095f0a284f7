import { Field, InputType } from "type-graphql";
import { AwsService, IntegrationKind, IntegrationStatus } from "./integration.enums";

@InputType({ description: "Narrows the `integrations` list. Each list given keeps only integrations matching one of its values." })
export class IntegrationFilterInput {
  @Field(() => [AwsService], { nullable: true, description: "Only these services." })
  services?: AwsService[];

  @Field(() => [IntegrationKind], { nullable: true, description: "Only these kinds." })
  kinds?: IntegrationKind[];

  @Field(() => [IntegrationStatus], {
    nullable: true,
    description: "Only these statuses. AWS cannot filter on them, so pages may come back shorter than `first`; follow `hasNextPage`.",
  })
  statuses?: IntegrationStatus[];
}
