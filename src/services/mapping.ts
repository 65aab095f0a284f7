/** Small helpers shared by the GraphQL-to-SDK mappers. */

/** The one member set on a `@oneOf` input (graphql-js has already guaranteed there is exactly one). */
export function oneOfMember<T extends object>(input: T): { [K in keyof T]-?: [K, NonNullable<T[K]>] }[keyof T] {
  const set = Object.entries(input).filter(([, value]) => value !== undefined && value !== null);
  if (set.length !== 1) throw new Error(`expected exactly one member, got ${set.length}`);
  return set[0] as never;
}

/** Maps a value that may be absent; absent stays undefined so the SDK omits the member. */
export function mapOptional<T, R>(value: T | null | undefined, map: (value: T) => R): R | undefined {
  return value === undefined || value === null ? undefined : map(value);
}

/** A list of `{ key, value }` inputs as the string map AWS expects. */
export function toStringMap(entries: { key: string; value: string }[] | null | undefined): Record<string, string> | undefined {
  return mapOptional(entries, (list) => Object.fromEntries(list.map(({ key, value }) => [key, value])));
}

/** `null` from GraphQL becomes undefined (the SDK omits it). */
export function orUndefined<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}
