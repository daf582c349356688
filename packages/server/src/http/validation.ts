import { Ajv, type Options } from 'ajv';
import formatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// Bodies are validated strictly: a wrong type is an error, never silently coerced, and an unknown field is rejected
// rather than dropped (docs/api.md, "Validation"). Path, query and header values arrive as text, so those are coerced.
const common: Options = { allErrors: false, removeAdditional: false, useDefaults: true, strict: false };

// ajv-formats ships CommonJS; under NodeNext its default import is the module object.
type AddFormats = (ajv: Ajv) => Ajv;
const formats = formatsModule as unknown as AddFormats & { default?: AddFormats };
const addFormats: AddFormats = formats.default ?? formats;

function ajvWith(coerceTypes: Options['coerceTypes']): Ajv {
  const ajv = new Ajv({ ...common, coerceTypes });
  addFormats(ajv);
  return ajv;
}

export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const strict = ajvWith(false);
  const coercing = ajvWith('array');
  return ({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema as object);
}
