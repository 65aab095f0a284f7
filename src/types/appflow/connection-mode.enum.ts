import { registerEnumType } from "type-graphql";

/** GraphQL names are SCREAMING_CASE; the values are AppFlow's own spellings, sent as is. */
export enum ConnectionMode {
  PUBLIC = "Public",
  PRIVATE = "Private",
}

registerEnumType(ConnectionMode, {
  name: "ConnectionMode",
  description: "How AppFlow reaches the connector's application.",
  valuesConfig: {
    PUBLIC: { description: "Over the public internet." },
    PRIVATE: { description: "Over AWS PrivateLink (the application must offer a VPC endpoint service)." },
  },
});
