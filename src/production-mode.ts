/**
 * graphql-js and graphql-armor pick their build when first loaded, from NODE_ENV: anything but
 * "production" loads a development build whose `instanceOf` checks (for a second copy of graphql)
 * cost more than the rest of graphql-js on a request. The gateway is a service and has one copy, so
 * it runs the production build unless NODE_ENV says otherwise. Imported first by every entry point.
 */
process.env.NODE_ENV ??= "production";

export {};
