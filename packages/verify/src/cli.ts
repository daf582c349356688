#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { type Evidence, type Report, type VerifyInput, verifyEvidence } from './evidence.js';
import { parseKeyArgument, rawKeyOf } from './keys.js';

// threshold-verify: checks a visit's evidence bundle with no server (docs/ledger.md §8). Exit 0 when every check
// passes, 1 when one fails (each named), 2 when the command line or a file cannot be read.

export const USAGE = `usage: threshold-verify <bundle.json> [--clip <file>]... [--key <key>] [--device-key <key>]
    [--since-checkpoint <checkpoint.json> [--consistency <proof.json>]] [--json]

  bundle.json         GET /v1/visits/{visitId}/evidence, saved as it came
  --clip              a clip file to check against the visit's clip.stored entries (repeatable)
  --key               the platform key you trust: base64url raw Ed25519, a PEM, or a file holding either or the
                      JSON of GET /v1/platform/keys; without it the bundle's own keys are used, with a warning
  --device-key        the camera's key as you noted it at pairing (base64url or PEM), in place of the bundle's
  --since-checkpoint  an earlier checkpoint you kept: the bundle's must extend it (RFC 9162 consistency)
  --consistency       the proof for it (GET /v1/homes/{homeId}/ledger/consistency?from=&to=), when the bundle
                      was not fetched with ?since=
  --json              print the report as JSON`;

class UsageError extends Error {}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${what} ${path}`);
  }
}

function readJson<T>(path: string, what: string): T {
  try {
    return JSON.parse(readText(path, what)) as T;
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(`${what} ${path} is not JSON`);
  }
}

/** A key argument is the key itself, or a file holding it. */
function keyText(arg: string): string {
  try {
    return readFileSync(arg, 'utf8');
  } catch {
    return arg;
  }
}

const VALUE_OPTIONS = ['--clip', '--key', '--device-key', '--since-checkpoint', '--consistency'];

/**
 * A base64url key may begin with "-" (one key in 64), which parseArgs takes for an option and refuses as ambiguous:
 * an option that takes a value is joined with a following word that starts with a single "-" (`--key=-abc…`).
 */
export function joinDashValues(argv: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (VALUE_OPTIONS.includes(arg) && next?.startsWith('-') && !next.startsWith('--')) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

function inputOf(argv: string[]): { input: VerifyInput; json: boolean } {
  const { values, positionals } = parseArgs({
    args: joinDashValues(argv),
    allowPositionals: true,
    options: {
      clip: { type: 'string', multiple: true },
      key: { type: 'string' },
      'device-key': { type: 'string' },
      'since-checkpoint': { type: 'string' },
      consistency: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length !== 1) throw new UsageError(USAGE);
  const input: VerifyInput = { bundle: readJson<Evidence>(positionals[0]!, 'bundle'), keys: null };
  if (values.key !== undefined) {
    input.keys = parseKeyArgument(keyText(values.key));
    if (input.keys === null)
      throw new UsageError('--key is not an Ed25519 public key (base64url raw, PEM or keys JSON)');
  }
  if (values['device-key'] !== undefined) {
    const raw = rawKeyOf(keyText(values['device-key']));
    if (raw === null) throw new UsageError('--device-key is not an Ed25519 public key (base64url raw or PEM)');
    input.deviceKey = raw;
  }
  input.clips = (values.clip ?? []).map((path) => {
    try {
      return { name: basename(path), bytes: readFileSync(path) };
    } catch {
      throw new UsageError(`cannot read clip ${path}`);
    }
  });
  if (values['since-checkpoint'] !== undefined) input.kept = readJson(values['since-checkpoint'], 'checkpoint');
  if (values.consistency !== undefined) input.consistency = readJson(values.consistency, 'consistency proof');
  return { input, json: values.json };
}

export function render(report: Report): string {
  const lines = report.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}`);
  lines.push(...report.warnings.map((w) => `warning: ${w}`));
  const failed = report.checks.filter((c) => !c.ok);
  lines.push(
    failed.length === 0
      ? 'VERIFIED: every check passed'
      : `NOT VERIFIED: ${failed.length} check(s) failed: ${failed.map((c) => c.name).join(', ')}`,
  );
  return lines.join('\n');
}

export function main(argv: string[]): number {
  let parsed: ReturnType<typeof inputOf>;
  try {
    parsed = inputOf(argv);
  } catch (e) {
    process.stderr.write(`${e instanceof UsageError ? e.message : String(e)}\n`);
    return 2;
  }
  const report = verifyEvidence(parsed.input);
  process.stdout.write(`${parsed.json ? JSON.stringify(report, null, 2) : render(report)}\n`);
  return report.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
