import { type HrTime, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { commandSpan, visitOfCommand } from '../src/tracing/command-spans.js';
import { startTracing, type Tracing } from '../src/tracing/setup.js';
import { tracingOn } from '../src/tracing/tracer.js';
import { arriveAtFrontDoor } from './support/front-door-visit.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { openSqliteTestStore, type TestStore } from './support/stores.js';

// The unlock's phases as one OpenTelemetry trace (docs/operations.md "Traces"): the whole platform in this process,
// the emulated lock and camera over MQTT, and the spans caught by an in-memory exporter.

const nanos = (t: HrTime) => BigInt(t[0]) * 1_000_000_000n + BigInt(t[1]);

describe('turning tracing on', () => {
  it('is off by default, on with THRESHOLD_TRACE=otlp or an OTLP endpoint, and refuses anything else', () => {
    expect(loadConfig({}).trace).toBe('off');
    expect(loadConfig({ THRESHOLD_TRACE: 'otlp' }).trace).toBe('otlp');
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).trace).toBe('otlp');
    expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces' }).trace).toBe('otlp');
    const endpoint = 'http://127.0.0.1:4318';
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, THRESHOLD_TRACE: 'off' }).trace).toBe('off');
    expect(() => loadConfig({ THRESHOLD_TRACE: 'jaeger' })).toThrow(ConfigError);
  });
});

describe('tracing a visit', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let testStore: TestStore;
  let p: Platform;

  beforeAll(async () => {
    tracing = startTracing({ exporter });
    testStore = await openSqliteTestStore();
    p = await startPlatform(testStore.store);
  }, 60_000);
  afterAll(async () => {
    await p?.close();
    await tracing?.stop();
    await testStore?.dispose();
  });

  async function arrivedVisit(): Promise<{ visitId: string; requestId: string }> {
    const arrived = await arriveAtFrontDoor(p);
    expect(arrived.statusCode).toBe(201);
    const visitId = (arrived.json() as { visit: { id: string } }).visit.id;
    return { visitId, requestId: String(arrived.headers['x-request-id']) };
  }

  it("puts the unlock's phases, from the arrival to the bolt, in one trace and in order", async () => {
    const { visitId, requestId } = await arrivedVisit();
    const unlock = await p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${visitId}/unlock` });
    expect(unlock.json()).toMatchObject({ unlocked: true });

    const named = (spans: ReadableSpan[], name: string, kind?: string) =>
      spans.find((s) => s.name === name && (kind === undefined || s.attributes['threshold.ledger.kind'] === kind));
    const arrive = await until(
      () => named(exporter.getFinishedSpans(), 'POST /v1/deliveries/:deliveryId/arrive'),
      'the arrival span',
    );
    expect(arrive.attributes['threshold.request_id']).toBe(requestId);
    expect(arrive.attributes['http.response.status_code']).toBe(201);
    const traceId = arrive.spanContext().traceId;
    const phases: [string, string?][] = [
      ['POST /v1/deliveries/:deliveryId/arrive'],
      ['visit arrived'],
      ['POST /v1/visits/:visitId/unlock'],
      ['visit verified', 'recording.requested'],
      ['command record.start'],
      ['device recording started'],
      ['visit recording', 'capability.issued'],
      ['command unlock'],
      ['device bolt unlocked'],
      ['visit unlocked', 'lock.unlocked'],
    ];
    // Every phase is there, in the arrival's trace; the last ones may still be in flight when the answer came.
    const found = await until(
      () => {
        const inTrace = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
        const spans = phases.map(([name, kind]) => named(inTrace, name, kind));
        return spans.every((s) => s !== undefined) ? (spans as ReadableSpan[]) : undefined;
      },
      `every phase in trace ${traceId}`,
      15_000,
    );
    const starts = found.map((s) => nanos(s.startTime));
    expect(starts).toEqual([...starts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const span of found.slice(1)) expect(span.parentSpanContext?.traceId).toBe(traceId);
    const commands = found.filter((s) => s.name.startsWith('command '));
    for (const span of commands) {
      expect(span.attributes['threshold.visit.id']).toBe(visitId);
      expect(span.attributes['threshold.command.outcome']).toBe('ok');
    }
  }, 60_000);

  it('names the visit of every command that serves one, and costs nothing once tracing is off', async () => {
    const claims = Buffer.from(JSON.stringify({ sub: 'vis_42' })).toString('base64url');
    const unlock = { params: { capability: `h.${claims}.s` } } as never;
    const record = { params: { session: 'vis_7' } } as never;
    expect(visitOfCommand(unlock)).toBe('vis_42');
    expect(visitOfCommand(record)).toBe('vis_7');
    expect(visitOfCommand({ params: { capability: 'not-a-token' } } as never)).toBeUndefined();

    await tracing.stop();
    expect(tracingOn()).toBe(false);
    expect(commandSpan({ type: 'record.start', id: 'c2', device: 'd', params: { session: 'v' } } as never)).toBe(
      undefined,
    );
    // The API's own tracer is the no-op one again: nothing is recorded.
    expect(trace.getTracer('x').startSpan('y', {}, ROOT_CONTEXT).isRecording()).toBe(false);
  });
});
