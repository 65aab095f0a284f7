/**
 * What one GraphQL request may ask for, enforced before anything executes: tokens while parsing,
 * then depth, aliases, directives, cost (graphql-armor's validation rules) and root mutation fields
 * as validation rules, so a refused document costs no AWS call. Suggestions are cut from error
 * messages when introspection is off.
 */
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { RequestLimits } from "../../config";
import { maxRootMutationsRule } from "./root-fields";
import { blockSuggestionsPlugin } from "./suggestions.plugin";

export { countRootFields, maxRootMutationsRule } from "./root-fields";
export { blockSuggestionsPlugin, withoutSuggestions } from "./suggestions.plugin";

export interface LimitOptions {
  validationRules: ValidationRule[];
  parseOptions: NonNullable<ApolloServerOptions<BaseContext>["parseOptions"]>;
  plugins: ApolloServerPlugin[];
}

export function requestLimits(limits: RequestLimits, options: { introspection: boolean }): LimitOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    // armor's token plugin throws from an Apollo hook, which Apollo 5 answers with a 500; graphql-js's
    // own parser limit (the same count) fails the parse with a 400 GRAPHQL_PARSE_FAILED instead.
    maxTokens: { enabled: false },
    // Replaced by blockSuggestionsPlugin (see there).
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: [maxRootMutationsRule(limits.maxRootMutations), ...armor.validationRules],
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [...armor.plugins, ...(options.introspection ? [] : [blockSuggestionsPlugin()])],
  };
}
