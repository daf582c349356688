import { isDeviceId } from './device-id.js';

export const TOPIC_ROOT = 'threshold/v1/d';

export type Channel = 'cmd' | 'evt' | 'state' | 'status';

const CHANNELS: ReadonlySet<string> = new Set<Channel>(['cmd', 'evt', 'state', 'status']);

/** docs/protocol.md §2: `threshold/v1/d/{id}/{channel}`. */
export const topics = {
  cmd: (id: string): string => `${TOPIC_ROOT}/${id}/cmd`,
  evt: (id: string): string => `${TOPIC_ROOT}/${id}/evt`,
  state: (id: string): string => `${TOPIC_ROOT}/${id}/state`,
  status: (id: string): string => `${TOPIC_ROOT}/${id}/status`,
};

export function parseTopic(topic: string): { deviceId: string; channel: Channel } | null {
  if (!topic.startsWith(`${TOPIC_ROOT}/`)) return null;
  const rest = topic.slice(TOPIC_ROOT.length + 1).split('/');
  if (rest.length !== 2) return null;
  const [deviceId, channel] = rest as [string, string];
  if (!isDeviceId(deviceId) || !CHANNELS.has(channel)) return null;
  return { deviceId, channel: channel as Channel };
}
