import { type AnyEvent, generateKeyPair, signEvent, topics } from '@threshold/protocol';
import { describe, expect, it } from 'vitest';
import { Bus } from '../src/bus.js';
import { devicePublishRefusal, deviceSubscribeRefusal } from '../src/gateway/broker-policy.js';
import { CLOCK_SKEW_BOUND_MS, healthPatch } from '../src/gateway/health.js';
import { RawDevice } from './support/raw-device.js';

const a = new RawDevice('lock').id;
const b = new RawDevice('camera').id;

describe('broker policy', () => {
  it('lets a device publish only its own evt, state and status', () => {
    expect(devicePublishRefusal(a, topics.evt(a), '{}')).toBeNull();
    expect(devicePublishRefusal(a, topics.state(a), '{}')).toBeNull();
    expect(devicePublishRefusal(a, topics.status(a), 'online')).toBeNull();
    expect(devicePublishRefusal(a, topics.status(a), Buffer.from('offline'))).toBeNull();
    expect(devicePublishRefusal(a, topics.status(a), 'Online')).toBe('bad_status');
    expect(devicePublishRefusal(a, topics.cmd(a), '{}')).toBe('wrong_channel');
    expect(devicePublishRefusal(a, topics.evt(b), '{}')).toBe('foreign_topic');
    expect(devicePublishRefusal(a, `${topics.evt(a)}/extra`, '{}')).toBe('foreign_topic');
    expect(devicePublishRefusal(a, 'threshold/v1/platform/acks', '{}')).toBe('foreign_topic');
  });

  it('lets a device subscribe only to its own cmd topic, without wildcards', () => {
    expect(deviceSubscribeRefusal(a, topics.cmd(a))).toBeNull();
    expect(deviceSubscribeRefusal(a, topics.cmd(b))).toBe('foreign_topic');
    expect(deviceSubscribeRefusal(a, topics.evt(a))).toBe('foreign_topic');
    expect(deviceSubscribeRefusal(a, 'threshold/v1/d/+/cmd')).toBe('wildcard');
    expect(deviceSubscribeRefusal(a, '#')).toBe('wildcard');
  });
});

describe('health patch', () => {
  const key = generateKeyPair().privateKey;
  const event = (type: AnyEvent['type'], data: unknown, ts = 1_000) =>
    signEvent({ device: a, seq: 1, ts, type, data } as never, key) as AnyEvent;

  const clock = (skew: number) => ({ clockSkewMs: skew, clockLastSkewMs: skew, clockStrikes: 0 });

  it('takes a lock state whole and records the clock skew', () => {
    const state = new RawDevice('lock').lockState({ battery: 12, jammed: true });
    expect(healthPatch(event('state', state, 1_250), 1_000)).toEqual({
      battery: 12,
      signal: -61,
      bolt: 'locked',
      door: 'closed',
      jammed: true,
      doorAjar: false,
      tamper: false,
      ...clock(250),
    });
  });

  it('takes a sample within the bound as the skew, and one beyond it only as a strike', () => {
    const at = 1_000_000;
    expect(healthPatch(event('door', { door: 'open' }, at + CLOCK_SKEW_BOUND_MS), at)).toEqual({
      door: 'open',
      ...clock(CLOCK_SKEW_BOUND_MS),
    });
    expect(healthPatch(event('door', { door: 'open' }, at + 10 * 60_000), at)).toEqual({
      door: 'open',
      clockLastSkewMs: 10 * 60_000,
      clockStrikes: 1,
    });
  });

  it('maps alarms, bolt, door and recording to their fields', () => {
    expect(healthPatch(event('alarm', { alarm: 'door_ajar', active: true }), 1_500)).toEqual({
      doorAjar: true,
      ...clock(-500),
    });
    expect(healthPatch(event('bolt', { bolt: 'jammed', cause: 'command' }), 1_000)).toEqual({
      bolt: 'jammed',
      jammed: true,
      ...clock(0),
    });
    expect(healthPatch(event('door', { door: 'open' }), 1_000)).toEqual({ door: 'open', ...clock(0) });
    expect(healthPatch(event('keypad', { result: 'refused' }), 1_000)).toEqual(clock(0));
  });
});

describe('bus', () => {
  interface Events {
    ping: { n: number };
    pong: string;
  }

  it('delivers to subscribers until they unsubscribe', () => {
    const bus = new Bus<Events>();
    const got: number[] = [];
    const off = bus.on('ping', (e) => got.push(e.n));
    bus.emit('ping', { n: 1 });
    bus.emit('pong', 'ignored');
    off();
    bus.emit('ping', { n: 2 });
    expect(got).toEqual([1]);
    expect(bus.listenerCount('ping')).toBe(0);
  });

  it('keeps delivering when one listener throws, and reports the error', () => {
    const bus = new Bus<Events>();
    const got: string[] = [];
    const errors: unknown[] = [];
    bus.on('pong', () => {
      throw new Error('boom');
    });
    bus.on('pong', (s) => got.push(s));
    bus.emit('pong', 'x', (e) => errors.push(e));
    expect(got).toEqual(['x']);
    expect(errors.map(String)).toEqual(['Error: boom']);
  });
});
