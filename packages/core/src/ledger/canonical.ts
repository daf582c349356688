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

/** Deep enough for any ledger fact, shallow enough that hostile input cannot exhaust the stack. */
export const MAX_JSON_DEPTH = 32;

// I-JSON (RFC 7493 §2.1, required by RFC 8785 §3.2.2.2) forbids unpaired surrogates.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

class Refusal {
  constructor(readonly error: CanonicalError) {}
}

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

function stringProblem(s: string): CanonicalProblem | null {
  if (LONE_SURROGATE.test(s)) return 'lone_surrogate';
  // PostgreSQL text and jsonb reject U+0000, so such a fact could never be stored and read back.
  if (s.includes('\u0000')) return 'nul_character';
  return null;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function encodeString(s: string, path: string): string {
  const problem = stringProblem(s);
  if (problem) throw new Refusal({ path, problem });
  // JSON.stringify escapes exactly as RFC 8785 §3.2.2.2 prescribes.
  return JSON.stringify(s);
}

function encodeNumber(n: number, path: string): string {
  if (!Number.isInteger(n)) throw new Refusal({ path, problem: 'not_integer' });
  if (!Number.isSafeInteger(n)) throw new Refusal({ path, problem: 'unsafe_integer' });
  return String(n); // String(-0) is '0', as RFC 8785 §3.2.2.3 requires.
}

function encodeObject(record: Record<string, unknown>, path: string, depth: number): string {
  // The default sort compares UTF-16 code units, the order RFC 8785 §3.2.3 requires.
  const keys = Object.keys(record).sort();
  const members = keys.map((key) => {
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
    // Array.from turns holes into undefined, which is then refused rather than silently becoming null.
    return `[${Array.from(value, (item, i) => encode(item, pointer(path, i), depth + 1)).join(',')}]`;
  }
  if (typeof value === 'object' && isPlainObject(value)) return encodeObject(value, path, depth);
  throw new Refusal({ path, problem: 'unsupported_type' });
}

// The fast path: the same encoding without JSON Pointers and with one cheap test per string, answering undefined as
// soon as anything is doubtful (a surrogate or NUL anywhere, a fraction, an unknown type, too deep). The careful
// encoder above then decides, so a refusal and its path are exactly what they always were. Every ledger entry is
// encoded on write and again on every verification; building a pointer per key cost more than the hashing.
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is one of the characters looked for.
const SUSPECT_CHARACTER = /[\uD800-\uDFFF\u0000]/;
// What JSON.stringify escapes (quote, backslash, controls, lone surrogates); a string without any is its own text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
const ESCAPED_CHARACTER = /["\\\u0000-\u001F\uD800-\uDFFF]/;

function quickString(s: string): string | undefined {
  if (!ESCAPED_CHARACTER.test(s)) return `"${s}"`;
  return SUSPECT_CHARACTER.test(s) ? undefined : JSON.stringify(s);
}

/** Object.keys in code-unit order; most objects here are already in it, which one pass confirms. */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort();
  return keys;
}

function quickArray(items: readonly unknown[], depth: number): string | undefined {
  let out = '[';
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) return undefined;
    const item = quick(items[i], depth + 1);
    if (item === undefined) return undefined;
    out += i === 0 ? item : `,${item}`;
  }
  return `${out}]`;
}

function quickObject(record: Record<string, unknown>, depth: number): string | undefined {
  const keys = sortedKeys(record);
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = quickString(keys[i]!);
    const item = quick(record[keys[i]!], depth + 1);
    if (key === undefined || item === undefined) return undefined;
    out += i === 0 ? `${key}:${item}` : `,${key}:${item}`;
  }
  return `${out}}`;
}

function quick(value: unknown, depth: number): string | undefined {
  if (depth > MAX_JSON_DEPTH) return undefined;
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return quickString(value);
    case 'number':
      return Number.isSafeInteger(value) ? String(value) : undefined;
    case 'object':
      if (Array.isArray(value)) return quickArray(value, depth);
      return isPlainObject(value) ? quickObject(value as Record<string, unknown>, depth) : undefined;
    default:
      return undefined;
  }
}

/** The RFC 8785 text of `value`, or the first part of it that has no stable canonical form. */
export function toCanonicalJson(value: unknown): CanonicalResult {
  const fast = quick(value, 0);
  if (fast !== undefined) return { ok: true, value: fast };
  try {
    return { ok: true, value: encode(value, '', 0) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.error };
    throw e;
  }
}
