import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, openApiDocument, SDK_DIR } from './support/generate.js';

// A field renamed in a route reaches the callers through the SDK: once the SDK is generated again, the web app and
// the demo no longer type-check where they read or send the old name (docs/sdk.md "Staying in step"). Each caller
// is compiled with its own settings against a copy of the SDK sources, first as generated, then renamed.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The field the route renames, and a caller that uses it. */
const CASES = [
  { field: 'addressLine1', caller: 'packages/web/src/customer/dashboard/dashboard.tsx', tsconfig: 'packages/web' },
  { field: 'geofenceRadiusM', caller: 'packages/demo/src/world.ts', tsconfig: 'packages/demo' },
];

/** A copy of the SDK's sources whose generated schema is `schema`; node_modules stays reachable. */
function sdkCopy(schema: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-sdk-types-'));
  cpSync(join(SDK_DIR, 'src'), join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/generated/schema.ts'), schema);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The caller's type errors, compiled with its tsconfig and `@threshold/sdk` taken from `sdk`. */
function typeErrors(caller: string, tsconfig: string, sdk: string): string[] {
  const configPath = join(ROOT, tsconfig, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, join(ROOT, tsconfig));
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    rootDir: undefined,
    composite: false,
    incremental: false,
    declaration: false,
    declarationMap: false,
    paths: { '@threshold/sdk': [join(sdk, 'src/index.ts')] },
  };
  const program = ts.createProgram({ rootNames: [join(ROOT, caller)], options });
  const file = program.getSourceFile(join(ROOT, caller));
  return ts.getPreEmitDiagnostics(program, file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('a renamed route field', () => {
  let generated: string;
  let renamed: string;
  const copies: string[] = [];
  beforeAll(async () => {
    const document = await openApiDocument();
    generated = (await generate(document))['src/generated/schema.ts'];
    let text = JSON.stringify(document);
    for (const { field } of CASES) text = text.replaceAll(`"${field}"`, `"${field}Renamed"`);
    renamed = (await generate(JSON.parse(text)))['src/generated/schema.ts'];
  }, 120_000);
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it('is what the committed SDK holds before the rename', () => {
    expect(readFileSync(join(SDK_DIR, 'src/generated/schema.ts'), 'utf8')).toBe(generated);
  });

  it.each(CASES)(
    'breaks the type-check of $caller, which uses $field',
    { timeout: 120_000 },
    ({ field, caller, tsconfig }) => {
      const before = sdkCopy(generated);
      const after = sdkCopy(renamed);
      copies.push(before, after);
      expect(typeErrors(caller, tsconfig, before)).toEqual([]);
      const errors = typeErrors(caller, tsconfig, after);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join('\n')).toContain(field);
    },
  );
});
