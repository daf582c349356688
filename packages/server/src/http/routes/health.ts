import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';

const Checks = Type.Record(Type.String(), Type.String());
const HealthBody = Type.Object({ status: Type.String(), checks: Type.Optional(Checks) });

async function runChecks(deps: AppDeps): Promise<Record<string, string>> {
  const checks: Record<string, string> = {};
  try {
    await sql`select 1`.execute(deps.store.db);
    checks.store = 'ok';
  } catch (error) {
    checks.store = `unreachable: ${(error as Error).message}`;
  }
  for (const [name, check] of Object.entries(deps.ready ?? {})) {
    try {
      const result = await check();
      checks[name] = result === true ? 'ok' : result;
    } catch (error) {
      checks[name] = `failed: ${(error as Error).message}`;
    }
  }
  return checks;
}

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the store and every dependency answer). */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { tags: ['health'], response: { 200: HealthBody } } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { schema: { tags: ['health'], response: { 200: HealthBody, 503: HealthBody } } },
    async (_request, reply) => {
      const checks = await runChecks(app.deps);
      const ready = Object.values(checks).every((c) => c === 'ok');
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
    },
  );
};
