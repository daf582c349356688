import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has defaults that work on a bare machine', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      mqttPort: 1884,
      mqttUrl: undefined,
      dataDir: resolve('./data'),
      databaseUrl: undefined,
      logLevel: 'info',
      demo: true,
      demoControlPort: 8091,
      mqttSharedGroup: 'threshold',
      publicUrl: 'http://127.0.0.1:8080',
      limits: {
        signIn: { windowMs: 900_000, perAccount: 5, perAddress: 20 },
        requestsPerMinute: 600,
        signUpsPerHour: 10,
        signInsPerMinute: 10,
        liveStreamsPerCaller: 5,
        clipUploadsPer10Minutes: 20,
      },
      webhookAllowPrivate: false,
      notifications: {
        smtpUrl: undefined,
        mailFrom: 'Threshold <notifications@threshold.invalid>',
        vapidSubject: 'mailto:notifications@threshold.invalid',
        vapidKeys: undefined,
        pushAllowPrivate: false,
      },
      metricsToken: undefined,
      garageOpenMs: 120_000,
      deviceGraceMs: 60_000,
      trace: 'off',
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.limits.signIn)).toBe(true);
  });

  it('reads the limits, where 0 turns a request limit off', () => {
    const { limits } = loadConfig({
      SIGN_IN_WINDOW_SECONDS: '60',
      SIGN_IN_FAILURES_PER_ACCOUNT: '3',
      SIGN_IN_FAILURES_PER_ADDRESS: '7',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_SIGN_UPS_PER_HOUR: '2',
      RATE_LIMIT_SIGN_INS_PER_MINUTE: '4',
      LIVE_STREAMS_PER_CALLER: '1',
      CLIP_UPLOADS_PER_10_MINUTES: '600',
    });
    expect(limits).toEqual({
      signIn: { windowMs: 60_000, perAccount: 3, perAddress: 7 },
      requestsPerMinute: 0,
      signUpsPerHour: 2,
      signInsPerMinute: 4,
      liveStreamsPerCaller: 1,
      clipUploadsPer10Minutes: 600,
    });
    expect(() => loadConfig({ SIGN_IN_FAILURES_PER_ACCOUNT: '0' })).toThrow(/SIGN_IN_FAILURES_PER_ACCOUNT/);
    expect(() => loadConfig({ CLIP_UPLOADS_PER_10_MINUTES: '0' })).toThrow(/CLIP_UPLOADS_PER_10_MINUTES/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      MQTT_PORT: '1999',
      MQTT_URL: 'mqtt://127.0.0.1:1883',
      DATA_DIR: '/var/lib/threshold',
      DATABASE_URL: 'postgres://u@127.0.0.1/db',
      LOG_LEVEL: 'debug',
      DEMO: 'false',
      DEMO_CONTROL_PORT: '9091',
      MQTT_SHARED_GROUP: 'nodes',
      NODE_ID: 'node-2',
      PUBLIC_URL: 'https://threshold.example/',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      mqttPort: 1999,
      mqttUrl: 'mqtt://127.0.0.1:1883',
      dataDir: '/var/lib/threshold',
      databaseUrl: 'postgres://u@127.0.0.1/db',
      logLevel: 'debug',
      demo: false,
      demoControlPort: 9091,
      mqttSharedGroup: 'nodes',
      nodeId: 'node-2',
      publicUrl: 'https://threshold.example',
    });
  });

  it('turns the demo off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ PORT: '7000' }).publicUrl).toBe('http://127.0.0.1:7000');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a port number/],
    [{ NODE_ID: 'node one' }, /NODE_ID must be 1-64 characters/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ MQTT_PORT: '-1' }, /MQTT_PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must use one of postgres:/],
    [{ MQTT_URL: 'not a url' }, /MQTT_URL must be a URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ DEMO: 'maybe' }, /DEMO must be true or false/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
