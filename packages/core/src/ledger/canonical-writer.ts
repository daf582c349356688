import type { CanonicalProblem } from './canonical.js';

// The one canonical JSON writer (docs/ledger.md "Canonical JSON"). Every ledger entry is written on append and again
// on every verification, so it is built for the common case: no JSON Pointer unless something is refused (the keys
// are collected on the way back up), one regex test per value string, each distinct key checked and quoted once,
// and keys sorted in place. test/support/canonical-reference.ts is the plain writer it must match, text and refusal.

/** Deep enough for any ledger fact, shallow enough that hostile input cannot exhaust the stack. */
export const MAX_JSON_DEPTH = 32;

/** Why a value has no canonical form; `keys` leads from the refused value back up to the root. */
export class Refusal {
  readonly keys: (string | number)[] = [];
  constructor(readonly problem: CanonicalProblem) {}
}

/** The JSON text of `value` at `depth`, or why it has none. */
export type Written = string | Refusal;

// What JSON.stringify escapes (quote, backslash, controls, lone surrogates); a string without any is its own text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
const ESCAPED_CHARACTER = /["\\\u0000-\u001F\uD800-\uDFFF]/;
// I-JSON (RFC 7493 §2.1, required by RFC 8785 §3.2.2.2) forbids unpaired surrogates.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function writeString(s: string): Written {
  if (!ESCAPED_CHARACTER.test(s)) return `"${s}"`;
  if (LONE_SURROGATE.test(s)) return new Refusal('lone_surrogate');
  // PostgreSQL text and jsonb reject U+0000, so such a fact could never be stored and read back.
  if (s.includes('\u0000')) return new Refusal('nul_character');
  // JSON.stringify escapes exactly as RFC 8785 §3.2.2.2 prescribes.
  return JSON.stringify(s);
}

/** `"key":` for the first member of an object and `,"key":` for the others, per distinct key. */
type MemberPrefix = readonly [first: string, rest: string];
// Ledger data uses a few dozen keys, over and over; the bound keeps hostile input from growing it without end.
const MAX_CACHED_KEYS = 4096;
const memberPrefixes = new Map<string, MemberPrefix>();

function memberPrefix(key: string): MemberPrefix | Refusal {
  const cached = memberPrefixes.get(key);
  if (cached !== undefined) return cached;
  const quoted = writeString(key);
  if (typeof quoted !== 'string') return quoted;
  if (memberPrefixes.size >= MAX_CACHED_KEYS) memberPrefixes.clear();
  const prefix: MemberPrefix = [`${quoted}:`, `,${quoted}:`];
  memberPrefixes.set(key, prefix);
  return prefix;
}

/**
 * Object.keys in UTF-16 code-unit order (RFC 8785 §3.2.3, the order of `<` on strings and of the default sort).
 * Objects read back from a store are often in order already; the few that are not are short, so insertion sort.
 */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  const n = keys.length;
  if (n > 16) return keys.sort();
  for (let i = 1; i < n; i++) {
    const key = keys[i]!;
    let j = i - 1;
    if (keys[j]! < key) continue;
    for (; j >= 0 && keys[j]! > key; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = key;
  }
  return keys;
}

function refusedAt(refusal: Refusal, key: string | number): Refusal {
  refusal.keys.push(key);
  return refusal;
}

function writeArray(items: readonly unknown[], depth: number): Written {
  let out = '[';
  for (let i = 0; i < items.length; i++) {
    // A hole reads as undefined and is refused, rather than silently becoming null as in JSON.stringify.
    const item = writeValue(items[i], depth + 1);
    if (typeof item !== 'string') return refusedAt(item, i);
    out = i === 0 ? out + item : `${out},${item}`;
  }
  return `${out}]`;
}

function writeObject(record: Record<string, unknown>, depth: number): Written {
  const keys = sortedKeys(record);
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const prefix = memberPrefix(key);
    if (prefix instanceof Refusal) return refusedAt(prefix, key);
    const item = writeValue(record[key], depth + 1);
    if (typeof item !== 'string') return refusedAt(item, key);
    out = out + prefix[i === 0 ? 0 : 1] + item;
  }
  return `${out}}`;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The RFC 8785 text of `value` found at nesting `depth` (0 for a root), or the refusal of the first bad part. */
export function writeValue(value: unknown, depth: number): Written {
  if (depth > MAX_JSON_DEPTH) return new Refusal('too_deep');
  switch (typeof value) {
    case 'string':
      return writeString(value);
    case 'number':
      if (Number.isSafeInteger(value)) return `${value}`; // `${-0}` is '0', as RFC 8785 §3.2.2.3 requires.
      return new Refusal(Number.isInteger(value) ? 'unsafe_integer' : 'not_integer');
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return writeArray(value, depth);
      return isPlainObject(value) ? writeObject(value, depth) : new Refusal('unsupported_type');
    default:
      return new Refusal('unsupported_type');
  }
}
