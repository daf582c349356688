import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deviceIdFor, deviceKindOf } from '@threshold/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFaultArg, pickFaults } from '../src/faults.js';
import { provision, readIdentity, writeIdentity } from '../src/identity.js';

const dir = mkdtempSync(join(tmpdir(), 'threshold-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('factory identity', () => {
  it('derives the id from the key and round-trips through its file', () => {
    const cam = provision('camera');
    expect(cam.id).toBe(deviceIdFor('camera', cam.publicKey));
    expect(deviceKindOf(cam.id)).toBe('camera');
    expect(cam.claimCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const path = join(dir, 'cam.json');
    writeIdentity(path, cam);
    expect(readIdentity(path)).toEqual({ ok: true, value: cam });
  });

  it('reads back an identity of every kind, the locker bank included', () => {
    for (const kind of ['lock', 'camera', 'vehicle', 'opener', 'locker_bank'] as const) {
      const identity = provision(kind);
      const path = join(dir, `${kind}.json`);
      writeIdentity(path, identity);
      expect(readIdentity(path)).toEqual({ ok: true, value: identity });
    }
    const bank = provision('locker_bank');
    writeIdentity(join(dir, 'kind.json'), { ...bank, kind: 'lock' });
    expect(readIdentity(join(dir, 'kind.json'))).toEqual({ ok: false, error: 'malformed' });
  });

  it('refuses a missing, malformed or tampered file', () => {
    expect(readIdentity(join(dir, 'none.json'))).toEqual({ ok: false, error: 'unreadable' });
    writeFileSync(join(dir, 'bad.json'), '{"id":');
    expect(readIdentity(join(dir, 'bad.json'))).toEqual({ ok: false, error: 'malformed' });
    const lock = provision('lock');
    writeIdentity(join(dir, 'swap.json'), { ...lock, publicKey: provision('lock').publicKey });
    expect(readIdentity(join(dir, 'swap.json'))).toEqual({ ok: false, error: 'id_mismatch' });
  });
});

describe('fault switches from the outside', () => {
  it('parses CLI faults and drops unknown names or wrong types', () => {
    expect(parseFaultArg('jam')).toEqual({ jam: true });
    expect(parseFaultArg('offline=false')).toEqual({ offline: false });
    expect(parseFaultArg('clockSkewMs=-5000')).toEqual({ clockSkewMs: -5000 });
    expect(parseFaultArg('clockSkewMs')).toBeNull();
    expect(parseFaultArg('jam=maybe')).toBeNull();
    expect(parseFaultArg('explode')).toBeNull();
    expect(pickFaults({ jam: true, clockSkewMs: '5', nope: 1 })).toEqual({ jam: true });
    expect(pickFaults(null)).toEqual({});
  });
});
