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

/** class-validator's `validate(object, options)`, with the same (container-held) Validator. */
export const validate = (object: object, options?: ClassValidator.ValidatorOptions) => getFromContainer(Validator).validate(object, options);
