import type { IncomingMessage } from 'node:http';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { metricsPlugin } from '../metrics/http.js';
import { installRequestSpans, requestTraceContext } from '../tracing/request-spans.js';
import { tracingOn } from '../tracing/tracer.js';
import { authPlugin } from './auth.js';
import { type AppDeps, serviceDeps } from './deps.js';
import { clientErrorHandler, frameworkErrorHandler, installErrorHandling } from './error-handler.js';
import { idempotencyPlugin } from './idempotency.js';
import { runInRequestScope } from './request-scope.js';
import { healthRoutes } from './routes/health.js';
import { apiRoutes } from './routes/index.js';
import { registerSecurity } from './security.js';
import { createValidatorCompiler } from './validation.js';
import { webApp } from './web.js';

export type { AppDeps } from './deps.js';

// Credentials never reach the logs.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];

function loggerOptions(deps: AppDeps) {
  if (deps.log === undefined || deps.log === false) return { logger: false };
  if (deps.log === true) return { logger: { level: deps.config.logLevel, redact: REDACT } };
  if (typeof (deps.log as { child?: unknown }).child === 'function') return { loggerInstance: deps.log as never };
  return { logger: { redact: REDACT, ...(deps.log as object) } };
}

/** A request id a proxy in front may pass on; anything else is replaced, so a client cannot forge log lines. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * Every log line about a request carries its id (`reqId`, Fastify's child logger): the caller's `X-Request-Id` when a
 * proxy set a well-formed one, else a new one; the answer names it in `X-Request-Id` (docs/operations.md "Logs").
 */
function requestIds(deps: AppDeps) {
  return {
    genReqId(req: IncomingMessage): string {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : deps.ids.id('req');
    },
  };
}

const OPENAPI_INFO = {
  title: 'Threshold API',
  version: '1.0.0',
  description: 'Trusted access to a home for the people who deliver to it and work in it. See docs/api.md.',
};

async function registerDocs(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      servers: [{ url: deps.config.publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'threshold_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'Session token from POST /v1/auth/sign-in' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Or `Authorization: ApiKey <key>`' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

/**
 * The whole HTTP app as one instance, not yet listening (STYLE.md, habit 5): external plugins, then ours, then
 * routes. main.ts listens; tests call `app.inject()`.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    ...(loggerOptions(deps) as object),
    ...requestIds(deps),
    bodyLimit: 64 * 1024,
    frameworkErrors: frameworkErrorHandler,
    // Oversized headers (over Node's 16 KiB) and other unparseable requests answer problem+json too.
    clientErrorHandler,
    // Treat `/v1/homes/` like `/v1/homes`, and keep ids case-sensitive.
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(createValidatorCompiler());
  // Only with tracing on (docs/operations.md "Traces"): an untraced node adds no hooks at all.
  const traced = tracingOn();
  if (traced) installRequestSpans(app);
  // After the body is parsed, so the handler and all it awaits run in the request's scope: the services' log lines
  // carry its id (main.ts's logger mixin) and, traced, its span.
  app.addHook('preHandler', (request, _reply, done) => {
    runInRequestScope({ requestId: request.id, trace: traced ? requestTraceContext(request) : undefined }, done);
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  installErrorHandling(app);
  const { onRoute } = deps;
  if (onRoute) {
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        onRoute({
          method,
          url: route.url,
          hasBody: Boolean(route.schema?.body),
          hasParams: Boolean(route.schema?.params),
        });
      }
    });
  }
  const services = serviceDeps(deps);
  app.decorate('deps', deps);
  app.decorate('services', services);

  await app.register(cookie);
  await app.register(authPlugin, { services });
  // Before any route is registered: routes declare `config: { idempotent: true }` (docs/api.md, "Idempotency").
  await app.register(idempotencyPlugin, { services });
  // After the caller is known (request limits count per caller), before any route is registered.
  await registerSecurity(app, deps.config);
  await registerDocs(app, deps);
  // Before the routes, so its latency hook sees every one of them.
  if (deps.metrics) await app.register(metricsPlugin, { metrics: deps.metrics, token: deps.config.metricsToken });
  await app.register(healthRoutes);
  await app.register(
    async (v1) => {
      for (const routes of apiRoutes) await v1.register(routes);
    },
    { prefix: '/v1' },
  );
  await app.register(webApp);
  return app;
}
