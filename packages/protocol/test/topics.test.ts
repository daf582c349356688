import { parseTopic, TOPIC_ROOT, topics } from '@threshold/protocol';
import { describe, expect, it } from 'vitest';

const id = 'lk-mzuhvlpymk6xo3epygfy5h4oea';

describe('topics', () => {
  it('names the four channels of a device', () => {
    expect(TOPIC_ROOT).toBe('threshold/v1/d');
    expect(topics.cmd(id)).toBe(`threshold/v1/d/${id}/cmd`);
    expect(topics.evt(id)).toBe(`threshold/v1/d/${id}/evt`);
    expect(topics.state(id)).toBe(`threshold/v1/d/${id}/state`);
    expect(topics.status(id)).toBe(`threshold/v1/d/${id}/status`);
  });

  it('parses what it names', () => {
    for (const channel of ['cmd', 'evt', 'state', 'status'] as const) {
      expect(parseTopic(topics[channel](id))).toEqual({ deviceId: id, channel });
    }
  });

  it('refuses other topics', () => {
    for (const bad of [
      `threshold/v1/d/${id}/other`,
      `threshold/v1/d/${id}/cmd/extra`,
      `threshold/v2/d/${id}/cmd`,
      'threshold/v1/d/not-an-id/cmd',
      `threshold/v1/d/${id}`,
      `threshold/v1/d/+/cmd`,
    ]) {
      expect(parseTopic(bad)).toBeNull();
    }
  });
});
