import {
  type AnyCommand,
  type CommandEnvelope,
  checkCommand,
  type PinnedKey,
  verifyPairProof,
} from '@threshold/protocol';
import type { Flash } from './flash.js';
import type { Outcome } from './outcome.js';
import { ok, rejected } from './outcome.js';

/** The most platform keys a device pins (the `hello` lists at most 16 kids). */
const MAX_PINNED = 16;

export interface PairingContext {
  deviceId: string;
  claimCode: string;
  flash: Flash;
  nowMs: number;
}

/**
 * docs/protocol.md §6.3: an unpaired device accepts `pair` only when the command is signed by a key it lists and the
 * proof shows knowledge of the claim code; then it pins the keys and stops announcing its claim hash.
 */
export function pair(cmd: CommandEnvelope<'pair'>, ctx: PairingContext): Outcome {
  if (ctx.flash.paired) return rejected('already_paired');
  const listed = new Map(cmd.params.keys.map((k) => [k.kid, k.publicKey]));
  const refusal = checkCommand(cmd as AnyCommand, { deviceId: ctx.deviceId, pinnedKeys: listed, nowMs: ctx.nowMs });
  if (refusal !== null) return rejected(refusal);
  const body = { device: cmd.device, id: cmd.id, keys: cmd.params.keys };
  if (!verifyPairProof(ctx.claimCode, body, cmd.params.proof)) return rejected('bad_proof');
  ctx.flash.setPinnedKeys(cmd.params.keys);
  return ok({ pinnedKids: cmd.params.keys.map((k) => k.kid) });
}

/** docs/protocol.md §6.4: add and/or retire one key (add first, so one command can replace the only key). */
export function rotateKeys(cmd: CommandEnvelope<'keys.rotate'>, flash: Flash): Outcome {
  const keys: PinnedKey[] = [...flash.pinnedKeys].map(([kid, publicKey]) => ({ kid, publicKey }));
  const { add, retire } = cmd.params;
  const next = add === undefined ? keys : [...keys.filter((k) => k.kid !== add.kid), add];
  const kept = retire === undefined ? next : next.filter((k) => k.kid !== retire);
  if (kept.length === 0 || kept.length > MAX_PINNED) return rejected('unsupported');
  flash.setPinnedKeys(kept);
  return ok({ pinnedKids: kept.map((k) => k.kid) });
}
