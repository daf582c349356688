import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { builtApp } from './inject.js';

// The SDK's generated files, made from the server's routes without listening (docs/sdk.md "Generation").

export const SDK_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const GENERATED_FILES = ['openapi.json', 'src/generated/schema.ts', 'src/generated/operations.ts'] as const;
export type GeneratedFile = (typeof GENERATED_FILES)[number];
export type Generated = Record<GeneratedFile, string>;

export const STALE_HINT = 'The SDK is stale against the routes: run npm run sdk:generate';

/** The OpenAPI document exactly as GET /openapi.json serves it, from an app that is built but never listens. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const { app, close } = await builtApp();
  try {
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
  } finally {
    await close();
  }
}

type Operation = { parameters?: Array<{ in?: string; name?: string }> };

/** `METHOD /path/{param}` of every operation that declares an `Idempotency-Key` header. */
export function idempotentOperations(document: Record<string, unknown>): string[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>;
  const found: string[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const declares = (operation.parameters ?? []).some(
        (p) => p.in === 'header' && p.name?.toLowerCase() === 'idempotency-key',
      );
      if (declares) found.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return found.sort();
}

const HEADER = '// Generated from the server routes by `npm run sdk:generate`. Do not edit.\n';

export async function generate(document: Record<string, unknown>): Promise<Generated> {
  const ast = await openapiTS(document as never, { alphabetize: true });
  const operations = idempotentOperations(document)
    .map((op) => `  '${op}',\n`)
    .join('');
  return {
    'openapi.json': `${JSON.stringify(document, null, 2)}\n`,
    'src/generated/schema.ts': `${HEADER}${astToString(ast)}`,
    'src/generated/operations.ts':
      `${HEADER}\n/** Operations that accept an \`Idempotency-Key\` header (docs/api.md "Idempotency"). */\n` +
      `export const IDEMPOTENT_OPERATIONS: ReadonlySet<string> = new Set([\n${operations}]);\n`,
  };
}

export function readCommitted(): Partial<Generated> {
  const files: Partial<Generated> = {};
  for (const file of GENERATED_FILES) {
    try {
      files[file] = readFileSync(join(SDK_DIR, file), 'utf8');
    } catch {
      // Missing counts as stale.
    }
  }
  return files;
}

/** The generated files whose committed copy differs from a fresh generation. */
export function staleFiles(committed: Partial<Generated>, fresh: Generated): GeneratedFile[] {
  return GENERATED_FILES.filter((file) => committed[file] !== fresh[file]);
}

export function writeGenerated(fresh: Generated): void {
  for (const file of GENERATED_FILES) writeFileSync(join(SDK_DIR, file), fresh[file]);
}
