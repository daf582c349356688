import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpush from 'web-push';
import type { NotificationConfig } from '../../config.js';

// The platform's VAPID key pair (RFC 8292): push services bind every subscription to its public key, so it must
// outlive restarts. Made on first start and kept in the data folder (mode 0600); several nodes share one pair through
// VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY instead.

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export function vapidKeysPath(dataDir: string): string {
  return join(dataDir, 'vapid.json');
}

function readKeys(path: string): VapidKeys {
  const keys = JSON.parse(readFileSync(path, 'utf8')) as Partial<VapidKeys>;
  if (typeof keys.publicKey !== 'string' || typeof keys.privateKey !== 'string') {
    throw new Error(`${path} does not hold a VAPID key pair`);
  }
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}

export function loadVapidKeys(config: NotificationConfig, dataDir: string): VapidKeys {
  if (config.vapidKeys) return config.vapidKeys;
  const path = vapidKeysPath(dataDir);
  try {
    return readKeys(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const keys = webpush.generateVAPIDKeys();
  try {
    // 'wx': of two processes starting at once, the second keeps the first one's pair.
    writeFileSync(path, `${JSON.stringify(keys, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
    return keys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeys(path);
    throw error;
  }
}
