/**
 * The parts of class-validator the gateway uses, loaded from their own files. Its index loads every
 * decorator it has and with them validator.js and libphonenumber-js: about 300 ms of each process's
 * start (and of each test file) for decorators the gateway never uses; these files take about 40 ms.
 * The types come from the package's index, so a moved file fails loudly at the first start.
 */
import type * as ClassValidator from "class-validator";

type Api = typeof ClassValidator;

function load<K extends keyof Api>(file: string, name: K): Api[K] {
  const exported = (require(`class-validator/cjs/${file}`) as Partial<Api>)[name];
  if (!exported) throw new Error(`class-validator/cjs/${file} does not export ${name}`);
  return exported;
}

export type { ValidationError, ValidationArguments, ValidationOptions } from "class-validator";
export const IsOptional = load("decorator/common/IsOptional", "IsOptional");
export const ValidateBy = load("decorator/common/ValidateBy", "ValidateBy");
export const ValidateNested = load("decorator/common/ValidateNested", "ValidateNested");
export const Min = load("decorator/number/Min", "Min");
export const Max = load("decorator/number/Max", "Max");
export const ArrayMinSize = load("decorator/array/ArrayMinSize", "ArrayMinSize");
export const ArrayMaxSize = load("decorator/array/ArrayMaxSize", "ArrayMaxSize");

const { Validator } = require("class-validator/cjs/validation/Validator") as { Validator: new () => InstanceType<Api["Validator"]> };
const { getFromContainer } = require("class-validator/cjs/container") as Pick<Api, "getFromContainer">;

type Storage = ReturnType<Api["getMetadataStorage"]>;
const { getMetadataStorage } = require("class-validator/cjs/metadata/MetadataStorage") as Pick<Api, "getMetadataStorage">;

/**
 * class-validator looks a class's rules up again for every object it validates, scanning every
 * class that has rules (hundreds of input types here) for parents: ~0.05 ms per mutation. Rules are
 * all registered when a class is defined, so the answer for a class never changes: it is kept.
 */
function rememberTargetMetadatas(storage: Storage): void {
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const byClass = new WeakMap<Function, Map<string, ReturnType<Storage["getTargetValidationMetadatas"]>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups?.length || typeof target !== "function") return lookUp(target, schema, always, strictGroups, groups);
    let forClass = byClass.get(target);
    if (!forClass) byClass.set(target, (forClass = new Map()));
    // Nested objects are looked up with their parent's class name as `schema`: part of the key.
    const key = `${schema}|${always}|${strictGroups}`;
    let metadatas = forClass.get(key);
    if (!metadatas) forClass.set(key, (metadatas = lookUp(target, schema, always, strictGroups, groups)));
    return metadatas;
  };
}
rememberTargetMetadatas(getMetadataStorage());

/** class-validator's `validate(object, options)`, with the same (container-held) Validator. */
export const validate = (object: object, options?: ClassValidator.ValidatorOptions) => getFromContainer(Validator).validate(object, options);
