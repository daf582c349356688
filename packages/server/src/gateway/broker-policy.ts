import { parseTopic, topics } from '@threshold/protocol';

// What a device may do on the broker (docs/protocol.md §2): publish only its own evt/state/status — status carrying
// only `online`/`offline` — and subscribe only to its own cmd topic. The platform client may do anything.
// Pure decisions, shared by the embedded broker's hooks and the tests; a refusal names its reason for the log.

export type BrokerRefusal = 'foreign_topic' | 'wrong_channel' | 'bad_status' | 'wildcard';

export function devicePublishRefusal(deviceId: string, topic: string, payload: Buffer | string): BrokerRefusal | null {
  const parsed = parseTopic(topic);
  if (!parsed || parsed.deviceId !== deviceId) return 'foreign_topic';
  if (parsed.channel === 'cmd') return 'wrong_channel';
  if (parsed.channel === 'status') {
    const text = payload.toString();
    if (text !== 'online' && text !== 'offline') return 'bad_status';
  }
  return null;
}

export function deviceSubscribeRefusal(deviceId: string, topic: string): BrokerRefusal | null {
  if (topic.includes('+') || topic.includes('#')) return 'wildcard';
  return topic === topics.cmd(deviceId) ? null : 'foreign_topic';
}
