/**
 * Stands in for zod's JSON Schema generator in the Worker bundle (wrangler.toml [alias]: core/to-json-schema.js,
 * core/json-schema-processors.js, core/json-schema-generator.js). The Worker never turns a schema into JSON Schema:
 * the JSON Schemas and the OpenAPI document it serves are built at build time (`npm run assets:build`). zod's
 * classic schemas wire a processor into every schema they make, so each name is kept, as a function that refuses;
 * ~21 KB of code the bundle need not carry. The workerd test projects apply the same alias (vitest.config.mts).
 */
const unavailable = (): never => {
  throw new Error('JSON Schema generation is not available in the Worker bundle (the schemas are built at build time)');
};

// core/to-json-schema.js
export const initializeContext = unavailable;
export const handleUnrepresentable = unavailable;
export const processSchema = unavailable;
export const extractDefs = unavailable;
export const finalize = unavailable;
export const createToJSONSchemaMethod = () => unavailable;
export const createStandardJSONSchemaMethod = () => unavailable;

// core/json-schema-generator.js
export class JSONSchemaGenerator {
  constructor() {
    unavailable();
  }
}

// core/json-schema-processors.js
export const toJSONSchema = unavailable;
export const allProcessors = {};
export const aggregateChecks = unavailable;
export const stringProcessor = unavailable;
export const numberProcessor = unavailable;
export const booleanProcessor = unavailable;
export const bigintProcessor = unavailable;
export const symbolProcessor = unavailable;
export const nullProcessor = unavailable;
export const undefinedProcessor = unavailable;
export const voidProcessor = unavailable;
export const neverProcessor = unavailable;
export const anyProcessor = unavailable;
export const unknownProcessor = unavailable;
export const dateProcessor = unavailable;
export const enumProcessor = unavailable;
export const literalProcessor = unavailable;
export const nanProcessor = unavailable;
export const templateLiteralProcessor = unavailable;
export const fileProcessor = unavailable;
export const successProcessor = unavailable;
export const customProcessor = unavailable;
export const functionProcessor = unavailable;
export const transformProcessor = unavailable;
export const mapProcessor = unavailable;
export const setProcessor = unavailable;
export const arrayProcessor = unavailable;
export const objectProcessor = unavailable;
export const unionProcessor = unavailable;
export const intersectionProcessor = unavailable;
export const tupleProcessor = unavailable;
export const recordProcessor = unavailable;
export const nullableProcessor = unavailable;
export const nonoptionalProcessor = unavailable;
export const defaultProcessor = unavailable;
export const prefaultProcessor = unavailable;
export const catchProcessor = unavailable;
export const pipeProcessor = unavailable;
export const readonlyProcessor = unavailable;
export const promiseProcessor = unavailable;
export const optionalProcessor = unavailable;
export const lazyProcessor = unavailable;
