import { describe, expect, it } from 'vitest';
import { parseCli } from '../src/args.js';

const lock = 'lk-h73ltciwgkhyyfnb77xqtfgqab';

describe('npm run conformance arguments', () => {
  it('stands where the platform stands by default: broker 127.0.0.1:1884, uploads 127.0.0.1:8080', () => {
    const parsed = parseCli(['--device', lock, '--claim-code', 'k7qm-3r8d-v2xn']);
    expect(parsed).toEqual({
      ok: true,
      value: {
        deviceId: lock,
        claimCode: 'k7qm-3r8d-v2xn',
        mqtt: { listen: { host: '127.0.0.1', port: 1884 } },
        http: { host: '127.0.0.1', port: 8080 },
        keyFile: null,
        waitMs: 60_000,
        json: false,
      },
    });
  });

  it('takes an external broker, other ports, a key file, a wait and JSON output', () => {
    const parsed = parseCli([
      ...['--device', lock, '--mqtt', 'mqtt://kit:secret@10.0.0.5:1883', '--http', '0.0.0.0:9000'],
      ...['--key', 'kit.json', '--wait', '5', '--json'],
    ]);
    expect(parsed.ok && parsed.value).toMatchObject({
      mqtt: { url: 'mqtt://kit:secret@10.0.0.5:1883' },
      http: { host: '0.0.0.0', port: 9000 },
      keyFile: 'kit.json',
      waitMs: 5000,
      json: true,
    });
  });

  it.each([
    [[], '--device'],
    [['--device', 'lk-nope'], '--device'],
    [['--device', lock, '--claim-code', 'UUUU-UUUU-UUUU'], '--claim-code'],
    [['--device', lock, '--listen', '127.0.0.1:1884', '--mqtt', 'mqtt://h:1'], 'not both'],
    [['--device', lock, '--http', 'nowhere'], 'host:port'],
    [['--device', lock, '--wait', '0'], '--wait'],
    [['--device', lock, '--frobnicate'], 'frobnicate'],
  ])('refuses %j', (argv, message) => {
    const parsed = parseCli(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(message);
  });
});
