import type { CanonicalError, CanonicalResult } from '../../src/ledger/index.js';
import { ENTRY_DOMAIN, MAX_JSON_DEPTH, type UnhashedEntry } from '../../src/ledger/index.js';

// The canonical JSON writer as first written (docs/ledger.md "Canonical JSON"): plain, recursive, a JSON Pointer
// built for every member. It is slow and obviously right; the fast writer in src/ledger must answer exactly what it
// answers, text and refusal alike, and the property tests hold it to that.

// I-JSON (RFC 7493 §2.1, required by RFC 8785 §3.2.2.2) forbids unpaired surrogates.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

class Refusal {
  constructor(readonly error: CanonicalError) {}
}

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

function encodeString(s: string, path: string): string {
  if (LONE_SURROGATE.test(s)) throw new Refusal({ path, problem: 'lone_surrogate' });
  if (s.includes('\u0000')) throw new Refusal({ path, problem: 'nul_character' });
  return JSON.stringify(s);
}

function encodeNumber(n: number, path: string): string {
  if (!Number.isInteger(n)) throw new Refusal({ path, problem: 'not_integer' });
  if (!Number.isSafeInteger(n)) throw new Refusal({ path, problem: 'unsafe_integer' });
  return String(n);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function encodeObject(record: Record<string, unknown>, path: string, depth: number): string {
  const members = Object.keys(record)
    .sort()
    .map((key) => {
      const at = pointer(path, key);
      return `${encodeString(key, at)}:${encode(record[key], at, depth + 1)}`;
    });
  return `{${members.join(',')}}`;
}

function encode(value: unknown, path: string, depth: number): string {
  if (depth > MAX_JSON_DEPTH) throw new Refusal({ path, problem: 'too_deep' });
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return encodeString(value, path);
  if (typeof value === 'number') return encodeNumber(value, path);
  if (Array.isArray(value)) {
    return `[${Array.from(value, (item, i) => encode(item, pointer(path, i), depth + 1)).join(',')}]`;
  }
  if (typeof value === 'object' && isPlainObject(value)) return encodeObject(value, path, depth);
  throw new Refusal({ path, problem: 'unsupported_type' });
}

export function canonicalReference(value: unknown): CanonicalResult {
  try {
    return { ok: true, value: encode(value, '', 0) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.error };
    throw e;
  }
}

/** The bytes an entry hash covers, written the plain way: the domain, then the seven fields' canonical JSON. */
export function entryTextReference(fields: UnhashedEntry): CanonicalResult {
  const { homeId, seq, at, kind, subject, data, prevHash } = fields;
  const json = canonicalReference({ homeId, seq, at, kind, subject, data, prevHash });
  return json.ok ? { ok: true, value: ENTRY_DOMAIN + json.value } : json;
}
