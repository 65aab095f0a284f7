/**
 * Field decorators that put a field's whole contract in one place: GraphQL type, description,
 * nullability, and the AWS constraints (length, pattern, range, list size) as class-validator rules.
 * Messages name the constraint, never the value (it may be a secret); `context.code` carries the
 * UserErrorCode the validator reports.
 */
import { Directive, Extensions, Field, InputType, Int } from "type-graphql";
import type { ClassType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min, ValidateBy, ValidateNested } from "../../validation/class-validator";
import { UserErrorCode } from "./user-error.type";
import type { SafePattern } from "../../validation/safe-pattern";
import { registerSecretField, SECRET_EXTENSION } from "../../validation/secrets";
import { codePointLength } from "../../validation/code-points";

type Decorator = (target: object, property: string) => void;

export interface StringConstraints {
  optional?: boolean;
  min?: number;
  max?: number;
  pattern?: SafePattern;
  /** Write-only: never returned, redacted from every message and log line. */
  secret?: boolean;
}

const SECRET_NOTE = " Secret: write-only, never returned or logged.";

function apply(target: object, property: string, decorators: Decorator[]): void {
  for (const decorate of decorators) decorate(target, property);
}

/**
 * Length rules count Unicode code points, as Smithy (and so AWS) does: "\u2764\uFE0F" is 2, an astral
 * character like "\u{1F600}" is 1. class-validator's MinLength/MaxLength count neither way (they fold a
 * character followed by U+FE0F/U+FE0E into one), so values over AWS's maximum would pass.
 */
function lengthRule(kind: "min" | "max", limit: number, each: boolean, message: string): Decorator {
  const ok = kind === "min" ? (n: number) => n >= limit : (n: number) => n <= limit;
  return ValidateBy(
    {
      name: kind === "min" ? "minCodePoints" : "maxCodePoints",
      constraints: [limit],
      validator: { validate: (value: unknown) => typeof value !== "string" || ok(codePointLength(value)) },
    },
    { each, message, context: { code: kind === "min" ? UserErrorCode.TOO_SHORT : UserErrorCode.TOO_LONG } },
  );
}

function lengthRules(min: number | undefined, max: number | undefined, unit: string, each = false): Decorator[] {
  const items = each ? "items " : "";
  const rules: Decorator[] = [];
  if (min !== undefined && min > 0) rules.push(lengthRule("min", min, each, `${items}must be at least ${min} ${unit}`));
  if (max !== undefined) rules.push(lengthRule("max", max, each, `${items}must be at most ${max} ${unit}`));
  return rules;
}

/** Marks a field write-only: in the secret registry (class side) and in the schema (`extensions.secret`). */
function secretMarks(target: object, property: string): Decorator[] {
  registerSecretField(target, property);
  return [Extensions({ [SECRET_EXTENSION]: true }) as Decorator];
}

export function patternRule(pattern: SafePattern): Decorator {
  return patternRuleFor(pattern, false);
}

function patternRuleFor(pattern: SafePattern, each: boolean): Decorator {
  return ValidateBy(
    { name: "awsPattern", validator: { validate: (value: unknown) => typeof value !== "string" || pattern.test(value) } },
    { each, message: `${each ? "items " : ""}must be ${pattern.describe}`, context: { code: UserErrorCode.BAD_FORMAT } },
  );
}

/** A string field with AWS's length and pattern constraints. */
export function StringField(description: string, c: StringConstraints = {}): Decorator {
  return (target, property) => {
    apply(target, property, [
      ...(c.secret ? secretMarks(target, property) : []),
      Field(() => String, { description: c.secret ? description + SECRET_NOTE : description, nullable: !!c.optional }),
      ...(c.optional ? [IsOptional()] : []),
      ...lengthRules(c.min, c.max, "characters"),
      ...(c.pattern ? [patternRule(c.pattern)] : []),
    ]);
  };
}

/** A list of strings, each with the same constraints. */
export function StringListField(
  description: string,
  c: StringConstraints & { minItems?: number; maxItems?: number } = {},
): Decorator {
  return (target, property) => {
    apply(target, property, [
      ...(c.secret ? secretMarks(target, property) : []),
      Field(() => [String], { description: c.secret ? description + SECRET_NOTE : description, nullable: !!c.optional }),
      ...(c.optional ? [IsOptional()] : []),
      ...listSize(c.minItems, c.maxItems),
      ...lengthRules(c.min, c.max, "characters", true),
      ...(c.pattern
        ? [patternRuleFor(c.pattern, true)]
        : []),
    ]);
  };
}

function listSize(minItems: number | undefined, maxItems: number | undefined): Decorator[] {
  const rules: Decorator[] = [];
  if (minItems !== undefined && minItems > 0) {
    rules.push(ArrayMinSize(minItems, { message: `must have at least ${minItems} items`, context: { code: UserErrorCode.TOO_SHORT } }));
  }
  if (maxItems !== undefined) {
    rules.push(ArrayMaxSize(maxItems, { message: `must have at most ${maxItems} items`, context: { code: UserErrorCode.TOO_LONG } }));
  }
  return rules;
}

/** An integer field with AWS's range. */
export function IntField(description: string, c: { optional?: boolean; min?: number; max?: number } = {}): Decorator {
  return (target, property) =>
    apply(target, property, [
      Field(() => Int, { description, nullable: !!c.optional }),
      ...(c.optional ? [IsOptional()] : []),
      ...(c.min !== undefined ? [Min(c.min, { message: `must be at least ${c.min}`, context: { code: UserErrorCode.OUT_OF_RANGE } })] : []),
      ...(c.max !== undefined ? [Max(c.max, { message: `must be at most ${c.max}`, context: { code: UserErrorCode.OUT_OF_RANGE } })] : []),
    ]);
}

export function BooleanField(description: string, c: { optional?: boolean } = {}): Decorator {
  return (target, property) =>
    apply(target, property, [Field(() => Boolean, { description, nullable: !!c.optional }), ...(c.optional ? [IsOptional()] : [])]);
}

/** An enum field; GraphQL itself rejects unknown values. */
export function EnumField(type: () => object, description: string, c: { optional?: boolean } = {}): Decorator {
  return (target, property) =>
    apply(target, property, [Field(type, { description, nullable: !!c.optional }), ...(c.optional ? [IsOptional()] : [])]);
}

/** A nested input object (or a list of them) validated recursively. */
export function NestedField(
  type: () => ClassType,
  description: string,
  c: { optional?: boolean; list?: boolean; minItems?: number; maxItems?: number; secret?: boolean } = {},
): Decorator {
  return (target, property) => {
    apply(target, property, [
      ...(c.secret ? secretMarks(target, property) : []),
      Field(c.list ? () => [type()] : type, { description: c.secret ? description + SECRET_NOTE : description, nullable: !!c.optional }),
      ...(c.optional ? [IsOptional()] : []),
      ValidateNested({ each: !!c.list }),
      ...(c.list ? listSize(c.minItems, c.maxItems) : []),
    ]);
  };
}

/** A member of a `@oneOf` input: always nullable, exactly one member is set (graphql-js enforces it). */
export function OneOfMember(
  type: () => ClassType,
  description: string,
  c: { list?: boolean; minItems?: number; maxItems?: number } = {},
): Decorator {
  return NestedField(type, description, { ...c, optional: true });
}

/**
 * Declares a GraphQL input union (`@oneOf`). type-graphql has no option for it: the directive marks
 * the class and `applyOneOf` (src/schema/one-of.ts) turns it into a real oneOf type after buildSchema.
 */
export function OneOfInput(name: string, description: string): ClassDecorator {
  return (target) => {
    Directive("@oneOf")(target);
    InputType(name, { description })(target);
  };
}
