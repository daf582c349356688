import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { setTracingOn } from './tracer.js';
import { forgetAllVisits } from './visit-traces.js';

// Turning tracing on (docs/operations.md "Traces"): off by default; `THRESHOLD_TRACE=otlp` or an
// OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT sends spans over OTLP/HTTP, in batches, to that collector (the exporter reads
// the standard OTEL_EXPORTER_OTLP_* variables itself). Tests pass an exporter of their own, spans then go one by one.

export interface Tracing {
  /** Sends what is still buffered and turns tracing off again. */
  stop(): Promise<void>;
}

export function startTracing(o: { serviceName?: string; nodeId?: string; exporter?: SpanExporter }): Tracing {
  const exporter = o.exporter ?? new OTLPTraceExporter();
  const processor = o.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': o.serviceName ?? 'threshold',
      ...(o.nodeId === undefined ? {} : { 'service.instance.id': o.nodeId }),
    }),
    spanProcessors: [processor],
  });
  trace.setGlobalTracerProvider(provider);
  setTracingOn(true);
  return {
    async stop() {
      setTracingOn(false);
      await provider.shutdown();
      trace.disable();
      forgetAllVisits();
    },
  };
}
