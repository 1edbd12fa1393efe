/**
 * The app's one Ajv setup. Request bodies are validated strictly (no type coercion, unknown
 * fields rejected, nothing removed); query strings and path parameters arrive as text and are
 * coerced to their declared types. Both run `verbose`, so an error carries the schema that failed
 * and problemsFromSchemaErrors can name, say, the values a union allows. buildApp hands the
 * compiler to Fastify and keeps the validators on the app state, so what a route validates
 * inside its handler (each profile of a batch) is checked by the same Ajv as a request body.
 */
import { Ajv, type Options as AjvOptions, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';

export interface Validators {
  /** Fastify's validator compiler: bodies strict, everything else coerced. */
  compile(route: { schema: object; httpPart?: string }): ValidateFunction;
  /** The body validator for `schema` (compiled once; Ajv keeps it by schema object). */
  body<T>(schema: TSchema): ValidateFunction<T>;
}

export function createValidators(): Validators {
  const base: AjvOptions = { allErrors: true, verbose: true, removeAdditional: false, useDefaults: true, strict: false };
  const strict = addFormats.default(new Ajv({ ...base, coerceTypes: false }));
  const coercing = addFormats.default(new Ajv({ ...base, coerceTypes: 'array' }));
  for (const ajv of [strict, coercing]) ajv.addKeyword({ keyword: 'example' });
  return {
    compile: ({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema),
    body: <T>(schema: TSchema) => strict.compile<T>(schema),
  };
}
