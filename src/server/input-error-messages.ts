/**
 * graphql-js quotes the offending input in its messages: "String cannot represent a non string value:
 * Hunter2Secret", "Syntax Error: Expected ":", found String "...".", "Argument "input" has invalid
 * value {...the whole argument...}.", "Variable "$input" got invalid value {...}". Any of those can be
 * a secret written inline in the document or sent as a variable. This module rebuilds such messages
 * so that they keep where (argument or variable, path inside it, location) and why (the reason),
 * and never carry the value or a token's text.
 *
 * Messages are rebuilt from the reason templates graphql-js uses; a reason this module does not
 * know is replaced by a generic one instead of being passed on. The functions are pure: the Apollo
 * plugin calls them with the schema, document and variables of the request; the error formatter
 * calls them again without (a fallback that still drops the value), and both are idempotent.
 */
import {
  coerceInputValue,
  getVariableValues,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";

export type InputPath = ReadonlyArray<string | number>;

/** What a rewrite may know about the request; all optional (the formatter has none of it). */
export interface RequestKnowledge {
  schema?: GraphQLSchema;
  document?: DocumentNode;
  operation?: OperationDefinitionNode;
  variables?: Record<string, unknown>;
}

// ---- paths and places ----------------------------------------------------------------------------

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** `authorization.basic.password`, `tags[2].key` (the way graphql-js prints input paths). */
export function printInputPath(path: InputPath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += (out === "" ? "" : ".") + (NAME.test(key) ? key : "<field>");
  }
  return out;
}

/** Where a value literal sits in a document: an argument (of a field or a directive) or a variable's default. */
export interface ValueSite {
  kind: "argument" | "default";
  /** Argument name, or variable name without `$`. */
  name: string;
  directive?: string;
  path: Array<string | number>;
}

function sameNode(a: ASTNode, b: { kind: string; loc?: { start: number } }): boolean {
  return a === b || (a.kind === b.kind && a.loc !== undefined && b.loc !== undefined && a.loc.start === b.loc.start);
}

/** Finds the argument or variable default holding `target` (by identity, or by kind and offset in a re-parsed document). */
export function locateValue(document: DocumentNode, target: { kind: string; loc?: { start: number } }): ValueSite | undefined {
  let found: ValueSite | undefined;
  const walk = (value: ValueNode, site: Omit<ValueSite, "path">, path: Array<string | number>): boolean => {
    if (sameNode(value, target)) {
      found = { ...site, path };
      return true;
    }
    if (value.kind === Kind.OBJECT) return value.fields.some((field) => walk(field.value, site, [...path, field.name.value]));
    if (value.kind === Kind.LIST) return value.values.some((item, index) => walk(item, site, [...path, index]));
    return false;
  };
  let directive: string | undefined;
  visit(document, {
    Directive: {
      enter(node) {
        directive = node.name.value;
      },
      leave() {
        directive = undefined;
      },
    },
    Argument(node) {
      if (found) return false;
      walk(node.value, { kind: "argument", name: node.name.value, ...(directive ? { directive } : {}) }, []);
      return false;
    },
    VariableDefinition(node) {
      if (found || !node.defaultValue) return undefined;
      walk(node.defaultValue, { kind: "default", name: node.variable.name.value }, []);
      return undefined;
    },
  });
  return found;
}

function siteText(site: ValueSite): string {
  const field = site.path.length > 0 ? `: field "${printInputPath(site.path)}"` : "";
  if (site.kind === "default") return `Variable "$${site.name}" has invalid default value${field}`;
  const of = site.directive ? ` of directive "@${site.directive}"` : "";
  return `Argument "${site.name}"${of} has invalid value${field}`;
}

// ---- reasons -------------------------------------------------------------------------------------

const TYPE = String.raw`[_A-Za-z][_0-9A-Za-z]*`;
const TYPE_REF = String.raw`\[*${TYPE}!?(?:\]!?)*`;
const SUGGESTIONS = String.raw`(?: Did you mean (?:the enum value |)(?:"${TYPE}"(?:, | or |, or )?)+\?)?`;

const KIND = "an object|a list|a string|a number|a boolean|an enum value|null|a variable|another value";

/**
 * Reasons as this module writes them: fixed text around schema names, nothing from the input. A
 * reason of one of these shapes is kept as it is (so a second pass changes nothing).
 */
const SAFE_REASONS: RegExp[] = [
  String.raw`(?:String|Boolean|ID|Int|Float) cannot represent (?:a non string value|a non boolean value|a non-string and non-integer value|non-integer value|non 32-bit signed integer value|non numeric value|value)\.`,
  String.raw`Enum "${TYPE}" cannot represent (?:non-enum value|non-string value|value)\.${SUGGESTIONS}`,
  String.raw`Value does not exist in "${TYPE}" enum\.${SUGGESTIONS}`,
  String.raw`Expected non-nullable type "${TYPE_REF}" not to be null\.`,
  String.raw`Expected type "${TYPE}" to be an object\.`,
  String.raw`Field "${TYPE}" of required type "${TYPE_REF}" was not provided\.`,
  String.raw`Field "${TYPE}" is not defined by type "${TYPE}"\.${SUGGESTIONS}`,
  String.raw`A field is not defined by type "${TYPE}"\.${SUGGESTIONS}`,
  String.raw`Exactly one key must be specified for OneOf type "${TYPE}"\.`,
  String.raw`Field "${TYPE}" must be non-null(?: \(OneOf type "${TYPE}"\))?\.`,
  String.raw`Expected type "${TYPE}"\.`,
  String.raw`Expected value of type "${TYPE_REF}"(?: \(found (?:${KIND})\))?\.`,
  String.raw`The variable "\$${TYPE}" has no value here\.`,
  String.raw`The variable "\$${TYPE}" is null where a value of type "${TYPE_REF}" is required\.`,
  String.raw`The value is not valid\.`,
].map((source) => new RegExp(`^(?:${source})$`));

/** graphql-js's reasons that quote the value, each rewritten without it. The first match wins. */
const RAW_REASONS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [
    /^(String|Boolean|ID|Int|Float) cannot represent (a non string value|a non boolean value|a non-string and non-integer value|non-integer value|non 32-bit signed integer value|non numeric value|value): [\s\S]*$/,
    (m) => `${m[1]} cannot represent ${m[2]}.`,
  ],
  [
    new RegExp(String.raw`^Enum "(${TYPE})" cannot represent (non-enum value|non-string value|value): [\s\S]*?\.?(${SUGGESTIONS})$`),
    (m) => `Enum "${m[1]}" cannot represent ${m[2]}.${m[3] ?? ""}`,
  ],
  [
    new RegExp(String.raw`^Value "[\s\S]*" does not exist in "(${TYPE})" enum\.(${SUGGESTIONS})$`),
    (m) => `Value does not exist in "${m[1]}" enum.${m[2] ?? ""}`,
  ],
  [new RegExp(String.raw`^Field "[\s\S]*" is not defined by type "(${TYPE})"\.(${SUGGESTIONS})$`), (m) => `A field is not defined by type "${m[1]}".${m[2] ?? ""}`],
  [new RegExp(String.raw`^Expected type "(${TYPE})"\. ([\s\S]*)$`), (m) => `Expected type "${m[1]}". ${reasonWithoutValue(m[2]!)}`],
  [new RegExp(String.raw`^Expected value of type "(${TYPE_REF})", found [\s\S]*$`), (m) => `Expected value of type "${m[1]}".`],
];

/** A graphql-js reason without the value it quotes; a reason of unknown shape becomes a generic one. */
export function reasonWithoutValue(reason: string): string {
  if (SAFE_REASONS.some((pattern) => pattern.test(reason))) return reason;
  for (const [pattern, rewrite] of RAW_REASONS) {
    const match = pattern.exec(reason);
    if (match) return rewrite(match);
  }
  return "The value is not valid.";
}

function kindText(node: { kind: string } | undefined): string | undefined {
  switch (node?.kind) {
    case Kind.OBJECT:
      return "an object";
    case Kind.LIST:
      return "a list";
    case Kind.STRING:
      return "a string";
    case Kind.INT:
    case Kind.FLOAT:
      return "a number";
    case Kind.BOOLEAN:
      return "a boolean";
    case Kind.ENUM:
      return "an enum value";
    case Kind.NULL:
      return "null";
    case Kind.VARIABLE:
      return "a variable";
    default:
      return undefined;
  }
}

// ---- syntax errors -------------------------------------------------------------------------------

const TOKEN_KINDS = new Set(["Name", "Int", "Float", "String", "BlockString", "Comment", "<EOF>"]);
const PUNCTUATOR = /^"(?:[!$&():=@[\]{|}]|\.\.\.)"$/;
const KEYWORD = /^"[a-z]+"$/;

/** A token description of graphql-js (`Name "secret"`, `"{"`, `<EOF>`) reduced to its kind. */
function tokenKind(description: string): string {
  if (PUNCTUATOR.test(description)) return description;
  const word = /^(<EOF>|[A-Za-z]+)/.exec(description)?.[1];
  return word && TOKEN_KINDS.has(word) ? word : "an unexpected token";
}

function expectedText(expected: string): string {
  return PUNCTUATOR.test(expected) || KEYWORD.test(expected) || TOKEN_KINDS.has(expected) ? expected : "another token";
}

/** Syntax errors keep their location (in `locations`) and a generic reason; never a token's text. */
const SYNTAX: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Expected ("[^"]*"|[A-Za-z<>]+), found ([\s\S]*)$/, (m) => `Expected ${expectedText(m[1]!)}, found ${tokenKind(m[2]!.replace(/\.$/, ""))}.`],
  [/^[\s\S]* is reserved and cannot be used for an enum value\.$/, () => "true, false and null cannot be used as enum values."],
  [/^Unexpected variable [\s\S]* in constant value\.$/, () => "Unexpected variable in a constant value (variable defaults must be constants)."],
  [/^Unexpected character: [\s\S]*$/, () => "Unexpected character."],
  [/^Invalid character: [\s\S]*$/, () => "Invalid character."],
  [/^Invalid number, unexpected digit after 0: [\s\S]*$/, () => "Invalid number, unexpected digit after 0."],
  [/^Invalid number, expected digit but got: [\s\S]*$/, () => "Invalid number, expected a digit."],
  [/^Invalid character within String: [\s\S]*$/, () => "Invalid character within a string."],
  [/^Invalid Unicode escape sequence: [\s\S]*$/, () => "Invalid Unicode escape sequence in a string."],
  [/^Invalid character escape sequence: [\s\S]*$/, () => "Invalid character escape sequence in a string."],
  [/^Unexpected ([\s\S]*)$/, (m) => `Unexpected ${tokenKind(m[1]!.replace(/\.$/, ""))}.`],
];

/** Every syntax reason that may leave: fixed texts, and Expected/Unexpected with grammar words only. */
const SAFE_SYNTAX: RegExp[] = [
  String.raw`Expected (?:"[^"\s]{1,12}"|Name|Int|Float|String|BlockString|<EOF>|another token), found (?:"[^"\s]{1,3}"|Name|Int|Float|String|BlockString|Comment|<EOF>|an unexpected token)\.`,
  String.raw`Unexpected (?:"[^"\s]{1,3}"|Name|Int|Float|String|BlockString|Comment|<EOF>|an unexpected token)\.`,
  String.raw`Unexpected single quote character \('\), did you mean to use a double quote \("\)\?`,
  String.raw`Unexpected description, (?:descriptions are not supported on shorthand queries|only GraphQL definitions support descriptions)\.`,
  String.raw`(?:Document|Source) contains more th(?:an|at|en) \d+ (?:comments|tokens|UTF-16 code units)\. Parsing aborted\.`,
  // graphql-armor's limits (src/server/limits): numbers only.
  String.raw`(?:Aliases|Query depth|Directives|Query Cost|Tokens) limit of \d+ exceeded, found \d+\.`,
  String.raw`true, false and null cannot be used as enum values\.`,
  String.raw`Unexpected variable in a constant value \(variable defaults must be constants\)\.`,
  String.raw`Unexpected character\.`,
  String.raw`Invalid character\.`,
  String.raw`Invalid number, unexpected digit after 0\.`,
  String.raw`Invalid number, expected a digit\.`,
  String.raw`Invalid character within a string\.`,
  String.raw`Invalid Unicode escape sequence in a string\.`,
  String.raw`Invalid character escape sequence in a string\.`,
  String.raw`Unterminated string\.`,
  String.raw`Invalid syntax\.`,
].map((source) => new RegExp(`^(?:${source})$`));

/**
 * A syntax error's message: graphql-js's reason rewritten without token text, and then checked
 * against the list of reasons that may leave (the second guard: anything else becomes generic).
 */
export function syntaxMessage(message: string): string {
  let reason = message.replace(/^Syntax Error: /, "");
  if (!SAFE_SYNTAX.some((pattern) => pattern.test(reason))) {
    const rule = SYNTAX.find(([pattern]) => pattern.test(reason));
    reason = rule ? rule[1](rule[0].exec(reason)!) : "Invalid syntax.";
  }
  return SAFE_SYNTAX.some((pattern) => pattern.test(reason)) ? `Syntax Error: ${reason}` : "Syntax Error: Invalid syntax.";
}

// ---- invalid argument values at execution (valueFromAST failed) ----------------------------------

interface Failure {
  path: Array<string | number>;
  reason: string;
}

function isMissing(node: ValueNode, variables: Record<string, unknown>): boolean {
  return node.kind === Kind.VARIABLE && variables[node.name.value] === undefined;
}

/**
 * Why `valueFromAST` refused a literal (it only says "undefined"): the same walk, reporting the
 * first failure's path and reason. Values never enter the reason.
 */
export function explainLiteral(
  node: ValueNode,
  type: GraphQLInputType,
  variables: Record<string, unknown>,
  path: Array<string | number> = [],
): Failure | undefined {
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    if (variables[name] === undefined) return { path, reason: `The variable "$${name}" has no value here.` };
    if (variables[name] === null && isNonNullType(type)) return { path, reason: `The variable "$${name}" is null where a value of type "${String(type)}" is required.` };
    return undefined;
  }
  if (isNonNullType(type)) {
    if (node.kind === Kind.NULL) return { path, reason: `Expected non-nullable type "${String(type)}" not to be null.` };
    return explainLiteral(node, type.ofType, variables, path);
  }
  if (node.kind === Kind.NULL) return undefined;
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    if (node.kind !== Kind.LIST) return explainLiteral(node, item, variables, path);
    for (let i = 0; i < node.values.length; i++) {
      const entry = node.values[i]!;
      if (isMissing(entry, variables)) {
        if (isNonNullType(item)) return { path: [...path, i], reason: `The variable "$${(entry as { name: { value: string } }).name.value}" has no value here.` };
        continue;
      }
      const failure = explainLiteral(entry, item, variables, [...path, i]);
      if (failure) return failure;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return { path, reason: `Expected value of type "${type.name}" (found ${kindText(node) ?? "another value"}).` };
    const given = new Map(node.fields.map((field) => [field.name.value, field.value]));
    const present: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const value = given.get(field.name);
      if (!value || isMissing(value, variables)) {
        if (field.defaultValue === undefined && isNonNullType(field.type)) {
          return { path: [...path, field.name], reason: `Field "${field.name}" of required type "${String(field.type)}" was not provided.` };
        }
        if (field.defaultValue !== undefined) present.push(field.name);
        continue;
      }
      const failure = explainLiteral(value, field.type, variables, [...path, field.name]);
      if (failure) return failure;
      present.push(field.name);
    }
    if (type.isOneOf) {
      if (present.length !== 1) return { path, reason: `Exactly one key must be specified for OneOf type "${type.name}".` };
      const only = given.get(present[0]!);
      const isNull = !only || only.kind === Kind.NULL || (only.kind === Kind.VARIABLE && variables[only.name.value] === null);
      if (isNull) return { path: [...path, present[0]!], reason: `Field "${present[0]}" must be non-null (OneOf type "${type.name}").` };
    }
    return undefined;
  }
  if (isLeafType(type)) {
    try {
      if (type.parseLiteral(node, variables) === undefined) return { path, reason: `Expected value of type "${type.name}".` };
    } catch (error) {
      return { path, reason: reasonWithoutValue((error as Error).message) };
    }
  }
  return undefined;
}

/** The argument (definition and node) whose value is `target`, found with the schema's types. */
function argumentOf(schema: GraphQLSchema, document: DocumentNode, target: ASTNode): { name: string; type: GraphQLInputType; value: ValueNode } | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: { name: string; type: GraphQLInputType; value: ValueNode } | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const definition = typeInfo.getArgument();
        if (!found && definition && sameNode(node.value, target)) found = { name: node.name.value, type: definition.type, value: node.value };
        return false;
      },
    }),
  );
  return found;
}

function coercedVariables(knowledge: RequestKnowledge): Record<string, unknown> | undefined {
  const { schema, operation, variables } = knowledge;
  if (!schema || !operation) return undefined;
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  return "coerced" in result ? (result.coerced as Record<string, unknown>) : undefined;
}

// ---- variable coercion errors --------------------------------------------------------------------

/** Messages for one variable's coercion errors, in graphql-js's order: path and reason, no value. */
export function variableMessages(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, name: string): string[] {
  const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
  if (!definition || !variables || !Object.prototype.hasOwnProperty.call(variables, name) || variables[name] == null) return [];
  const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
  if (!type) return [];
  const messages: string[] = [];
  // The same coercion as graphql-js's, so the errors come in the same order; the value is never read back.
  coerceInputValue(variables[name], type, (path, _invalid, error) => {
    const at = path.length > 0 ? ` at "${printInputPath([name, ...path])}"` : "";
    messages.push(`Variable "$${name}" got invalid value${at}; ${reasonWithoutValue(error.message)}`);
  });
  return messages;
}


// ---- the one entry point -------------------------------------------------------------------------

const N = "[_A-Za-z][_0-9A-Za-z]*";
/** graphql-js's raw forms, which quote the value right after "value ". */
const VARIABLE_INVALID = new RegExp(String.raw`^Variable "\$(${N})" (?:got|has) invalid value[ :]`);
const ARGUMENT_INVALID = new RegExp(String.raw`^Argument "(${N})" has invalid value `);
/** Our forms: a fixed head (site and path, no value) and a reason. A second pass re-checks the reason. */
const SAFE_HEADS = [
  new RegExp(String.raw`^(Argument "${N}"(?: of directive "@${N}")? has invalid value(?:: field "[^"]*")?: )([\s\S]*)$`),
  new RegExp(String.raw`^(Variable "\$${N}" has invalid default value(?:: field "[^"]*")?: )([\s\S]*)$`),
  new RegExp(String.raw`^(Variable "\$${N}" got invalid value(?: at "[^"]*")?; )([\s\S]*)$`),
];
const VALUE_REASON = new RegExp(
  String.raw`^(?:(?:String|Boolean|ID|Int|Float) cannot represent |Enum "${N}" cannot represent |Value "[\s\S]*" does not exist in "|Expected value of type ")`,
);

/** What the rewrite reads of an error: its message and where it points (a GraphQLError has all three). */
export type ErrorSite = Pick<GraphQLError, "message" | "nodes" | "source">;

/** The document an error points into: the request's, or the error's source parsed again. */
function documentOf(error: ErrorSite, knowledge: RequestKnowledge): DocumentNode | undefined {
  if (knowledge.document) return knowledge.document;
  const body = error.source?.body;
  if (!body) return undefined;
  try {
    return parse(body);
  } catch {
    return undefined;
  }
}

/** A value-quoting validation message rebuilt at its site: `Argument "input" has invalid value: field "a.b": <reason>`. */
function literalMessage(error: ErrorSite, knowledge: RequestKnowledge): string {
  const node = error.nodes?.[0];
  let reason = reasonWithoutValue(error.message);
  const kind = kindText(node);
  if (kind && /^Expected value of type "[^"]+"\.$/.test(reason)) reason = reason.replace(/\.$/, ` (found ${kind}).`);
  const document = node ? documentOf(error, knowledge) : undefined;
  const site = document && node ? locateValue(document, node) : undefined;
  return site ? `${siteText(site)}: ${reason}` : reason;
}

function argumentMessage(error: ErrorSite, knowledge: RequestKnowledge, name: string): string {
  const fallback = `Argument "${name}" has invalid value: The value is not valid.`;
  const node = error.nodes?.[0];
  const document = node && knowledge.schema ? documentOf(error, knowledge) : undefined;
  const argument = document && node ? argumentOf(knowledge.schema!, document, node) : undefined;
  const variables = argument ? coercedVariables(knowledge) : undefined;
  const failure = argument && variables ? explainLiteral(argument.value, argument.type, variables) : undefined;
  if (!failure) return fallback;
  const field = failure.path.length > 0 ? `: field "${printInputPath(failure.path)}"` : "";
  return `Argument "${name}" has invalid value${field}: ${failure.reason}`;
}

/**
 * The message `error` should leave with. `variableMessage` gives the next rebuilt coercion message of
 * a variable (the plugin computes them from the variables); without it a generic one is used.
 * Messages that quote no input come back unchanged, and a rebuilt message is a fixed point.
 */
export function safeErrorMessage(error: ErrorSite, knowledge: RequestKnowledge = {}, variableMessage?: (name: string) => string | undefined): string {
  const message = error.message;
  if (message.startsWith("Syntax Error: ")) return syntaxMessage(message);
  for (const head of SAFE_HEADS) {
    const match = head.exec(message);
    if (match) return match[1]! + reasonWithoutValue(match[2]!);
  }
  const variable = VARIABLE_INVALID.exec(message);
  if (variable) return variableMessage?.(variable[1]!) ?? `Variable "$${variable[1]}" got invalid value; The value is not valid.`;
  const argument = ARGUMENT_INVALID.exec(message);
  if (argument) return argumentMessage(error, knowledge, argument[1]!);
  if (VALUE_REASON.test(message)) return literalMessage(error, knowledge);
  return message;
}

/** The execution-time "invalid argument value" errors: the caller's fault (BAD_USER_INPUT), not the server's. */
export function isInvalidArgumentMessage(message: string): boolean {
  return SAFE_HEADS[0]!.test(message) || ARGUMENT_INVALID.test(message) || new RegExp(String.raw`^Argument "${N}" of (?:required|non-null) type `).test(message);
}
