import { regexPattern } from "../../validation/safe-pattern";
import { StringField } from "./fields";

/** The optional `idempotencyKey` of every create (Stripe's model: the same key replays the first answer). */
export const IdempotencyKeyField = () =>
  StringField(
    "Idempotency key chosen by the caller (e.g. a UUID): sending the same key with the same input again replays the first answer instead of creating again; the same key with another input is refused. Keys expire after 24 hours. For AppFlow and IoT the key also becomes AWS's client token when clientToken is not given.",
    { optional: true, min: 1, max: 255, pattern: regexPattern(/^[!-~]+$/, "printable ASCII characters without spaces") },
  );
