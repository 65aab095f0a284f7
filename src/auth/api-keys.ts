/**
 * API keys for internal platforms. The gateway only knows each key's SHA-256 (keys are 32 random
 * bytes, so a plain hash is enough: there is nothing to brute-force), and compares digests in
 * constant time, against every entry, so neither timing nor early exit tells how close a guess was.
 *
 * New key:   node -e 'console.log("igw_" + require("crypto").randomBytes(32).toString("base64url"))'
 * Its hash:  printf %s "$KEY" | sha256sum      (or hashApiKey below)
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { ApiKeyEntry } from "./types";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function createApiKeyVerifier(entries: ApiKeyEntry[]): (key: string) => ApiKeyEntry | undefined {
  const digests = entries.map((entry) => ({ entry, digest: Buffer.from(entry.hash, "hex") }));
  return (key) => {
    const presented = createHash("sha256").update(key, "utf8").digest();
    let match: ApiKeyEntry | undefined;
    for (const { entry, digest } of digests) {
      // Every entry is compared (no early return), each in constant time.
      if (timingSafeEqual(presented, digest) && !match) match = entry;
    }
    return match;
  };
}
