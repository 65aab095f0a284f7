/** Random identifiers in the shapes AWS uses. */
import { randomBytes, randomInt } from "node:crypto";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Lower-case hex, `bytes` long. */
export const hexId = (bytes: number) => randomBytes(bytes).toString("hex");

/** Mixed-case letters and digits, like the 6-character suffix Secrets Manager appends to a secret's ARN. */
export const alnumId = (length: number) => Array.from({ length }, () => ALNUM[randomInt(ALNUM.length)]).join("");

/** Epoch seconds with milliseconds, as AWS's JSON protocols send timestamps. */
export const epochSeconds = (date: Date) => date.getTime() / 1000;
