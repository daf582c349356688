import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { err, ok, type Result } from './result.js';

/** JSON.parse of a UTF-8 payload; null unless it is a JSON object. */
export function parseJsonObject(payload: string | Uint8Array): Record<string, unknown> | null {
  let value: unknown;
  try {
    const text = typeof payload === 'string' ? payload : new TextDecoder('utf-8', { fatal: true }).decode(payload);
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * A parser for a signed envelope whose `body` member (`data` or `params`) has a schema per `type`. Every schema is
 * compiled once, here, at module load; the parser itself only runs the compiled checks.
 */
export function envelopeParser<T>(
  envelope: TSchema,
  body: 'data' | 'params',
  bodies: Record<string, TSchema>,
): (payload: string | Uint8Array) => Result<T, 'malformed'> {
  const envelopeCheck = Compile(envelope);
  const bodyChecks = new Map(Object.entries(bodies).map(([type, schema]) => [type, Compile(schema)]));
  return (payload) => {
    const value = parseJsonObject(payload);
    if (value === null || !envelopeCheck.Check(value)) return err('malformed');
    const bodyCheck = bodyChecks.get(value.type as string);
    if (bodyCheck === undefined || !bodyCheck.Check(value[body])) return err('malformed');
    return ok(value as T);
  };
}
