import { isAbsolute, join, resolve } from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  mqttPort: number;
  /** External broker; undefined means the embedded broker listens on `mqttPort`. */
  mqttUrl: string | undefined;
  dataDir: string;
  /** PostgreSQL URL; undefined means the SQLite file `${dataDir}/threshold.db`. */
  databaseUrl: string | undefined;
  logLevel: LogLevel;
  demo: boolean;
  /** Loopback port of the demo devices' physical-world control API (doors, keypad, faults). */
  demoControlPort: number;
  /**
   * Shared-subscription group with an external broker and SQLite. With PostgreSQL and an external broker the nodes
   * split devices by partition leases instead (docs/decisions.md "Several nodes: device partitions").
   */
  mqttSharedGroup: string;
  /** NODE_ID: this node's name among several, stable across its restarts; undefined: `{hostname}:{port}`. */
  nodeId: string | undefined;
  publicUrl: string;
  /** Abuse limits (docs/api.md, "Limits"). A request limit of 0 turns that limit off. */
  limits: Limits;
  /** WEBHOOK_ALLOW_PRIVATE: webhooks may go to loopback and private addresses (tests, demo; docs/webhooks.md). */
  webhookAllowPrivate: boolean;
  /** Customer notifications (docs/notifications.md). */
  notifications: NotificationConfig;
  /** GARAGE_OPEN_SECONDS: how long a garage may stand open in a visit before the platform closes it (docs/access-points.md). */
  garageOpenMs: number;
  /**
   * DEVICE_GRACE_SECONDS: how long a device the store holds online but that holds no connection to the embedded
   * broker (after a restart) is given to come back before it is marked offline (docs/performance.md, "Ten thousand
   * devices").
   */
  deviceGraceMs: number;
  /** METRICS_TOKEN: the bearer token `GET /metrics` requires; undefined: no metrics route (docs/operations.md). */
  metricsToken: string | undefined;
  /**
   * THRESHOLD_TRACE: `otlp` sends OpenTelemetry spans to the collector of OTEL_EXPORTER_OTLP_ENDPOINT; `off` (the
   * default, unless that endpoint is set) traces nothing (docs/operations.md "Traces").
   */
  trace: 'off' | 'otlp';
}

export interface NotificationConfig {
  /** SMTP relay, `smtp://` or `smtps://` (user and password in the URL); undefined writes `.eml` files instead. */
  smtpUrl: string | undefined;
  /** The From of notification emails. */
  mailFrom: string;
  /** VAPID `sub` claim: a `mailto:` or `https:` contact for push services (RFC 8292 §2.1). */
  vapidSubject: string;
  /** VAPID key pair from the environment (several nodes must share one); undefined: `${dataDir}/vapid.json`. */
  vapidKeys: { publicKey: string; privateKey: string } | undefined;
  /** Push endpoints on private or loopback addresses, and over http:, are refused unless this is set (tests, demo). */
  pushAllowPrivate: boolean;
}

export interface Limits {
  /** Failed sign-ins counted per window, per account and per client address (enforced in the store). */
  signIn: { windowMs: number; perAccount: number; perAddress: number };
  /** Requests per minute per caller (user, API key, or client address when anonymous), on this node. */
  requestsPerMinute: number;
  /** Sign-ups per hour per client address, on this node. */
  signUpsPerHour: number;
  /** Sign-in requests per minute per client address, on this node (before the store's failure count). */
  signInsPerMinute: number;
  /** Live event streams open at once per caller, on this node. */
  liveStreamsPerCaller: number;
  /** Clip upload attempts per camera every 10 minutes, counted in the store (services/devices-uploads.ts). */
  clipUploadsPer10Minutes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function portOf(env: Env, name: string, fallback: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 0 || port > 65_535) {
    throw new ConfigError(`${name} must be a port number 0-65535, got "${raw}"`);
  }
  return port;
}

function urlOf(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must use one of ${protocols.join(', ')}, got "${url.protocol}"`);
  }
  return raw;
}

function booleanOf(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function countOf(env: Env, name: string, fallback: number, min = 0): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

function limitsOf(env: Env): Limits {
  return Object.freeze({
    signIn: Object.freeze({
      windowMs: countOf(env, 'SIGN_IN_WINDOW_SECONDS', 900, 1) * 1000,
      perAccount: countOf(env, 'SIGN_IN_FAILURES_PER_ACCOUNT', 5, 1),
      perAddress: countOf(env, 'SIGN_IN_FAILURES_PER_ADDRESS', 20, 1),
    }),
    requestsPerMinute: countOf(env, 'RATE_LIMIT_PER_MINUTE', 600),
    signUpsPerHour: countOf(env, 'RATE_LIMIT_SIGN_UPS_PER_HOUR', 10),
    signInsPerMinute: countOf(env, 'RATE_LIMIT_SIGN_INS_PER_MINUTE', 10),
    liveStreamsPerCaller: countOf(env, 'LIVE_STREAMS_PER_CALLER', 5),
    clipUploadsPer10Minutes: countOf(env, 'CLIP_UPLOADS_PER_10_MINUTES', 20, 1),
  });
}

function logLevelOf(env: Env): LogLevel {
  const raw = text(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(raw as LogLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return raw as LogLevel;
}

function notificationsOf(env: Env): NotificationConfig {
  const publicKey = text(env, 'VAPID_PUBLIC_KEY');
  const privateKey = text(env, 'VAPID_PRIVATE_KEY');
  if ((publicKey === undefined) !== (privateKey === undefined)) {
    throw new ConfigError('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together');
  }
  const subject = text(env, 'VAPID_SUBJECT') ?? 'mailto:notifications@threshold.invalid';
  if (!/^(mailto:\S+@\S+|https:\/\/\S+)$/.test(subject)) {
    throw new ConfigError(`VAPID_SUBJECT must be a mailto: or https: URL, got "${subject}"`);
  }
  return Object.freeze({
    smtpUrl: urlOf(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: text(env, 'MAIL_FROM') ?? 'Threshold <notifications@threshold.invalid>',
    vapidSubject: subject,
    vapidKeys: publicKey && privateKey ? Object.freeze({ publicKey, privateKey }) : undefined,
    pushAllowPrivate: booleanOf(env, 'PUSH_ALLOW_PRIVATE_ENDPOINTS', false),
  });
}

/** A scrape token guessable in fewer than 2^128 tries would expose the platform's activity to whoever guesses it. */
function metricsTokenOf(env: Env): string | undefined {
  const token = text(env, 'METRICS_TOKEN');
  if (token !== undefined && !/^[\x21-\x7e]{32,}$/.test(token)) {
    throw new ConfigError('METRICS_TOKEN must be at least 32 printable characters without spaces');
  }
  return token;
}

function traceOf(env: Env): 'off' | 'otlp' {
  const given = text(env, 'THRESHOLD_TRACE');
  if (given === undefined) {
    const endpoint = text(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? text(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
    return endpoint === undefined ? 'off' : 'otlp';
  }
  if (given !== 'off' && given !== 'otlp') throw new ConfigError(`THRESHOLD_TRACE must be off or otlp, got "${given}"`);
  return given;
}

function nodeIdOf(env: Env): string | undefined {
  const id = text(env, 'NODE_ID');
  if (id !== undefined && !/^[A-Za-z0-9._:-]{1,64}$/.test(id)) {
    throw new ConfigError(`NODE_ID must be 1-64 characters of A-Z a-z 0-9 . _ : -, got "${id}"`);
  }
  return id;
}

/** Parses the environment once; the result is frozen and passed down (docs/api.md, "Configuration"). */
export function loadConfig(env: Env = process.env): Readonly<Config> {
  const port = portOf(env, 'PORT', 8080);
  const dataDirRaw = text(env, 'DATA_DIR') ?? './data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(dataDirRaw);
  const config: Config = {
    port,
    host: text(env, 'HOST') ?? '127.0.0.1',
    mqttPort: portOf(env, 'MQTT_PORT', 1884),
    mqttUrl: urlOf(env, 'MQTT_URL', ['mqtt:', 'mqtts:', 'ws:', 'wss:']),
    dataDir,
    databaseUrl: urlOf(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    logLevel: logLevelOf(env),
    demo: booleanOf(env, 'DEMO', text(env, 'NODE_ENV') !== 'production'),
    demoControlPort: portOf(env, 'DEMO_CONTROL_PORT', 8091),
    mqttSharedGroup: text(env, 'MQTT_SHARED_GROUP') ?? 'threshold',
    nodeId: nodeIdOf(env),
    publicUrl: (urlOf(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://127.0.0.1:${port}`).replace(/\/+$/, ''),
    limits: limitsOf(env),
    webhookAllowPrivate: booleanOf(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    notifications: notificationsOf(env),
    garageOpenMs: countOf(env, 'GARAGE_OPEN_SECONDS', 120, 5) * 1000,
    metricsToken: metricsTokenOf(env),
    deviceGraceMs: countOf(env, 'DEVICE_GRACE_SECONDS', 60, 1) * 1000,
    trace: traceOf(env),
  };
  return Object.freeze(config);
}

/** Where the embedded SQLite database lives when no DATABASE_URL is given. */
export function sqlitePath(dataDir: string): string {
  return join(dataDir, 'threshold.db');
}
