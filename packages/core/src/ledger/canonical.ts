import { MAX_JSON_DEPTH, writeValue } from './canonical-writer.js';

/**
 * RFC 8785 (JSON Canonicalization Scheme) over the subset of JSON that survives a round trip through both SQLite and
 * PostgreSQL unchanged: strings, safe integers, booleans, null, arrays and plain objects. Fractions are refused
 * because their text form is not stable across stores (PostgreSQL `numeric` keeps `1.50`, a JS double prints
 * `1.5`); callers encode them as strings or scaled integers. See docs/ledger.md "Canonical JSON".
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type CanonicalProblem =
  | 'not_integer'
  | 'unsafe_integer'
  | 'unsupported_type'
  | 'lone_surrogate'
  | 'nul_character'
  | 'too_deep';

/** `path` is a JSON Pointer (RFC 6901) to the offending value, '' for the root. */
export type CanonicalError = { path: string; problem: CanonicalProblem };
export type CanonicalResult = { ok: true; value: string } | { ok: false; error: CanonicalError };

export { MAX_JSON_DEPTH };

/** RFC 6901: `~` and `/` in a key are written `~0` and `~1`. */
function pointer(keys: readonly (string | number)[]): string {
  let path = '';
  for (let i = keys.length - 1; i >= 0; i--) path += `/${String(keys[i]).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return path;
}

/** The RFC 8785 text of `value`, or the first part of it that has no stable canonical form. */
export function toCanonicalJson(value: unknown): CanonicalResult {
  const written = writeValue(value, 0);
  if (typeof written === 'string') return { ok: true, value: written };
  return { ok: false, error: { path: pointer(written.keys), problem: written.problem } };
}
