// Validates an exported object against the official HSDS 3.0 service schema with ajv. The schema
// files carry extra keywords (constraints, core, …): strict mode off, formats (uuid, uri, email,
// date-time) checked by ajv-formats.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/lib/open-data/hsds-schema/compiled-service_with_definitions.json'), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(SCHEMA);

/** The schema's complaints about one service ("/phones/0/id must match format \"uuid\""), or []. */
export function validateHsdsService(service: unknown): string[] {
  return validate(service) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
