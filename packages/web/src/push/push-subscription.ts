import {
  addPushSubscription,
  fetchVapidPublicKey,
  listPushSubscriptions,
  removePushSubscription,
} from '../api/notifications.js';

// This browser's Web Push subscription: the service worker (public/sw.js) is registered on demand, the browser is
// asked for permission, and the subscription is handed to the platform, which pushes to it (docs/notifications.md).

export const SERVICE_WORKER_URL = '/sw.js';

export type PushSupport = 'supported' | 'unsupported' | 'denied';

export function pushSupport(): PushSupport {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    return 'unsupported';
  }
  return Notification.permission === 'denied' ? 'denied' : 'supported';
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function registration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
  return navigator.serviceWorker.ready;
}

/** The browser's current subscription, if this browser is subscribed and the platform knows it (its id). */
export async function currentSubscription(): Promise<{ endpoint: string; id: string | null } | null> {
  const existing = await navigator.serviceWorker.getRegistration(SERVICE_WORKER_URL);
  const subscription = await existing?.pushManager.getSubscription();
  if (!subscription) return null;
  const known = await listPushSubscriptions();
  const id = known.ok ? (known.value.items.find((s) => s.endpoint === subscription.endpoint)?.id ?? null) : null;
  return { endpoint: subscription.endpoint, id };
}

/** Asks for permission, subscribes with the platform's VAPID key and registers the subscription; a message on failure. */
export async function subscribeThisBrowser(): Promise<{ ok: true } | { ok: false; message: string }> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted')
    return { ok: false, message: 'Notifications are blocked for this site in your browser.' };
  const key = await fetchVapidPublicKey();
  if (!key.ok) return { ok: false, message: key.error.detail };
  let subscription: PushSubscription;
  try {
    const reg = await registration();
    subscription =
      (await reg.pushManager.getSubscription()) ??
      (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key.value.publicKey) }));
  } catch (error) {
    return { ok: false, message: `This browser could not subscribe: ${(error as Error).message}` };
  }
  const { expirationTime, keys } = subscription.toJSON();
  const saved = await addPushSubscription({
    endpoint: subscription.endpoint,
    expirationTime: expirationTime ?? null,
    keys: { p256dh: keys?.p256dh ?? '', auth: keys?.auth ?? '' },
  });
  return saved.ok ? { ok: true } : { ok: false, message: saved.error.detail };
}

/** Forgets this browser on the platform first, then in the browser. */
export async function unsubscribeThisBrowser(): Promise<void> {
  const current = await currentSubscription();
  if (current?.id) await removePushSubscription(current.id);
  const reg = await navigator.serviceWorker.getRegistration(SERVICE_WORKER_URL);
  await (await reg?.pushManager.getSubscription())?.unsubscribe();
}
