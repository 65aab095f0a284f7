import DataLoader from "dataloader";

/**
 * A DataLoader for APIs that read one resource per call: keys asked for twice in a request are
 * fetched once, and each key keeps its own error.
 */
export function perKeyLoader<T>(get: (key: string) => Promise<T>): DataLoader<string, T> {
  return new DataLoader((keys: readonly string[]) => Promise.all(keys.map((key) => get(key).catch((error: Error) => error))));
}
