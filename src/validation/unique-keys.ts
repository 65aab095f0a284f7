/**
 * Key/value lists that become a map for AWS (tags, string maps): a repeated key would silently drop a
 * value (the last one wins), so it is refused. The user error points at the repeating item's key
 * (["input", "tags", "2", "key"]) and never quotes it: keys may be sensitive (IoT tags are).
 */
import { ValidateBy } from "./class-validator";
import { UserErrorCode } from "../types/shared/user-error.type";
import type { RuleContext } from "./validate-input";

/** Indexes of the items whose key already appeared earlier in the list. */
export function repeatedKeyIndexes(list: unknown): number[] {
  if (!Array.isArray(list)) return [];
  const seen = new Set<unknown>();
  const repeated: number[] = [];
  list.forEach((entry: unknown, index) => {
    const key = entry !== null && typeof entry === "object" ? (entry as { key?: unknown }).key : undefined;
    if (typeof key !== "string") return;
    if (seen.has(key)) repeated.push(index);
    else seen.add(key);
  });
  return repeated;
}

export function UniqueItemKeys(): PropertyDecorator {
  const context: RuleContext = {
    code: UserErrorCode.INVALID,
    pointAt: (list) => repeatedKeyIndexes(list).map((index) => [index, "key"]),
  };
  return ValidateBy(
    { name: "uniqueKeys", validator: { validate: (list: unknown) => repeatedKeyIndexes(list).length === 0 } },
    { message: "must not repeat a key", context },
  );
}
