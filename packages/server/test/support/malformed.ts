import type { InjectOptions } from 'fastify';

type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET';
type Body = Record<string, unknown>;

const json = { 'content-type': 'application/json' };

/**
 * Broken variants of a valid JSON body: bad JSON, not an object, an unknown field, each field of the wrong type,
 * and each required field missing. Every one must be refused with a 4xx problem and change nothing.
 */
export function malformedBodies(
  method: Method,
  url: string,
  headers: Record<string, string>,
  valid: Body,
  required: readonly string[],
): InjectOptions[] {
  const base = { method, url, headers: { ...headers, ...json } };
  const variants: InjectOptions[] = [
    { ...base, payload: '{"truncated":' },
    { ...base, payload: '' },
    { ...base, payload: JSON.stringify([valid]) },
    { ...base, payload: JSON.stringify('text') },
    { ...base, payload: JSON.stringify({ ...valid, unexpected: true }) },
    { ...base, payload: '{"__proto__":{"admin":true}}' },
    { ...base, headers: { ...headers, 'content-type': 'text/plain' }, payload: JSON.stringify(valid) },
  ];
  for (const field of Object.keys(valid)) {
    for (const wrong of [{ x: 1 }, 12345, null, true]) {
      if (typeof valid[field] === typeof wrong && wrong !== null) continue;
      variants.push({ ...base, payload: JSON.stringify({ ...valid, [field]: wrong }) });
    }
  }
  for (const field of required) {
    const { [field]: _dropped, ...rest } = valid;
    variants.push({ ...base, payload: JSON.stringify(rest) });
  }
  return variants;
}

export const BAD_IDS = ['not-an-id', 'home_', 'home_%2F..%2Fx', `home_${'x'.repeat(200)}`, "home_1'--", '%00'];

/** The same request with each id in the path replaced by something that is not an id. */
export function malformedIds(
  method: Method,
  pattern: string,
  ids: Record<string, string>,
  headers: Record<string, string>,
  payload?: Body,
): InjectOptions[] {
  const variants: InjectOptions[] = [];
  for (const param of Object.keys(ids)) {
    for (const bad of BAD_IDS) {
      const url = Object.entries(ids).reduce(
        (path, [name, id]) => path.replace(`:${name}`, name === param ? bad : id),
        pattern,
      );
      variants.push({
        method,
        url,
        headers: { ...headers, ...(payload ? json : {}) },
        ...(payload ? { payload: JSON.stringify(payload) } : {}),
      });
    }
  }
  return variants;
}

/** Fills a route pattern with ids. */
export function path(pattern: string, ids: Record<string, string>): string {
  return Object.entries(ids).reduce((p, [name, id]) => p.replace(`:${name}`, id), pattern);
}
