import { Directive, Field, InterfaceType } from "type-graphql";
import { AwsService, IntegrationKind, IntegrationStatus, TYPE_OF_KIND } from "./integration.enums";
import { NextAction } from "./next-action.type";
import { Node } from "./node.interface";

/** One view over every resource the gateway sets up, whichever AWS API holds it. */
@Directive('@key(fields: "id")') // an entity interface (federation 2.3) for other subgraphs' `@interfaceObject`
@InterfaceType({
  implements: Node,
  description: "Any integration resource, in any of the three services: one list and one status model for all of them.",
  resolveType: (value: { kind: IntegrationKind }) => TYPE_OF_KIND[value.kind],
})
export abstract class Integration extends Node {
  @Field(() => AwsService, { description: "The AWS API that holds it." })
  service!: AwsService;

  @Field(() => IntegrationKind, { description: "What kind of resource it is." })
  kind!: IntegrationKind;

  @Field(() => String, { nullable: true, description: "Its name in AWS (connector profile name, connector label, connection name, ...); null when AWS has none." })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "ARN, where AWS gives the resource one." })
  arn?: string | null;

  @Field(() => String, { nullable: true, description: "How it authenticates (e.g. OAUTH2, BASIC, API_KEY), in AWS's spelling of its service; null when not known." })
  authKind?: string | null;

  @Field(() => IntegrationStatus, { description: "Normalized status: READY, PENDING, ACTION_REQUIRED or FAILED." })
  status!: IntegrationStatus;

  @Field(() => String, { nullable: true, description: "AWS's own state value, when the resource has one." })
  awsState?: string | null;

  @Field(() => String, { nullable: true, description: "Why it is in this state, as AWS explains it." })
  statusReason?: string | null;

  @Field(() => NextAction, { nullable: true, description: "What must happen next; null when READY or nothing can be done." })
  nextAction?: NextAction | null;

  @Field(() => Date, { nullable: true, description: "When it was created, where AWS tells." })
  createdAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When it last changed, where AWS tells." })
  updatedAt?: Date | null;
}
