import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { CommandEnvelope } from '@threshold/protocol';
import { ATTR, tracer, tracingOn } from './tracer.js';
import { visitContext } from './visit-traces.js';

// A command to a device as one client span, from its first publish to its ack (or its timeout), in the trace of the
// visit it serves. Which visit is read from what the command already carries: `session` (camera), `visit` (lock,
// opener), or the capability's `sub` (unlock); the envelope is not changed.

/** The visit named in the capability token's claims (`header.claims.signature`); this node signed it. */
function capabilitySubject(token: string): string | undefined {
  const claims = token.split('.')[1];
  if (claims === undefined) return undefined;
  try {
    const sub = (JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { sub?: unknown }).sub;
    return typeof sub === 'string' ? sub : undefined;
  } catch {
    return undefined;
  }
}

export function visitOfCommand(envelope: CommandEnvelope): string | undefined {
  const params = envelope.params as { session?: unknown; visit?: unknown; capability?: unknown };
  if (typeof params.session === 'string') return params.session;
  if (typeof params.visit === 'string') return params.visit;
  return typeof params.capability === 'string' ? capabilitySubject(params.capability) : undefined;
}

export interface CommandSpan {
  end(outcome: { ok: boolean; error?: string }): void;
}

/** A span for `envelope` when tracing is on; undefined (nothing to do) when it is off. */
export function commandSpan(envelope: CommandEnvelope): CommandSpan | undefined {
  if (!tracingOn()) return undefined;
  const visitId = visitOfCommand(envelope);
  const span = tracer().startSpan(
    `command ${envelope.type}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        [ATTR.commandType]: envelope.type,
        [ATTR.commandId]: envelope.id,
        [ATTR.deviceId]: envelope.device,
        ...(visitId === undefined ? {} : { [ATTR.visitId]: visitId }),
      },
    },
    visitContext(visitId),
  );
  return {
    end(outcome) {
      span.setAttribute(ATTR.commandOutcome, outcome.ok ? 'ok' : (outcome.error ?? 'failed'));
      if (!outcome.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error ?? 'failed' });
      span.end();
    },
  };
}
