/**
 * RFC 8785 JSON Canonicalization Scheme for JSON values: object keys sorted by UTF-16 code units, no whitespace,
 * numbers in the ECMAScript shortest round-trip form (RFC 8785 §3.2.2.3, which is what JSON.stringify emits) and
 * strings escaped as JSON.stringify does (§3.2.2.2). Keys whose value is `undefined` are dropped, as JSON.stringify
 * drops them, so a TypeScript object with an absent optional field signs the same as its parsed wire form.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Default sort compares UTF-16 code units, exactly the order RFC 8785 §3.2.3 requires.
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: ${typeof value} is not a JSON value`);
}
