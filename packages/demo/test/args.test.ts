import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args.js';
import { loadSettings } from '../src/settings.js';

describe('demo command line', () => {
  it('reads the command and the scenario, happy by default', () => {
    expect(parseArgs(['delivery'])).toEqual({ command: 'delivery', scenario: 'happy' });
    expect(parseArgs(['delivery', '--scenario', 'replay'])).toEqual({ command: 'delivery', scenario: 'replay' });
    expect(parseArgs(['delivery', '--scenario=camera-offline'])).toEqual({
      command: 'delivery',
      scenario: 'camera-offline',
    });
    expect(parseArgs(['service'])).toEqual({ command: 'service', scenario: 'happy' });
    expect(parseArgs(['service', '--scenario', 'overstay'])).toEqual({ command: 'service', scenario: 'overstay' });
  });

  it('reads the car method, and a car scenario implies it', () => {
    expect(parseArgs(['delivery', '--method', 'car'])).toEqual({
      command: 'delivery',
      scenario: 'happy',
      method: 'car',
    });
    const moved = { command: 'delivery', scenario: 'car-moved', method: 'car' };
    expect(parseArgs(['delivery', '--scenario', 'car-moved'])).toEqual(moved);
    expect(parseArgs(['delivery', '--method', 'car', '--scenario', 'car-not-locked'])).toMatchObject({ method: 'car' });
    expect(parseArgs(['delivery', '--method', 'car', '--scenario', 'garage-obstructed'])).toBeNull();
    expect(parseArgs(['delivery', '--method', 'bike'])).toBeNull();
  });

  it('reads the garage method, and a garage scenario implies it', () => {
    const garage = { command: 'delivery', scenario: 'happy', method: 'garage' };
    expect(parseArgs(['delivery', '--method', 'garage'])).toEqual(garage);
    expect(parseArgs(['delivery', '--method=garage', '--scenario', 'happy'])).toEqual(garage);
    const obstructed = { command: 'delivery', scenario: 'garage-obstructed', method: 'garage' };
    expect(parseArgs(['delivery', '--scenario', 'garage-obstructed'])).toEqual(obstructed);
    expect(parseArgs(['delivery', '--scenario', 'garage-obstructed', '--method', 'garage'])).toEqual(obstructed);
    expect(parseArgs(['delivery', '--method', 'door', '--scenario', 'replay'])).toEqual({
      command: 'delivery',
      scenario: 'replay',
    });
    expect(parseArgs(['delivery', '--method', 'garage', '--scenario', 'replay'])).toBeNull();
    expect(parseArgs(['delivery', '--method', 'boat'])).toBeNull();
    expect(parseArgs(['service', '--method', 'garage'])).toBeNull();
    expect(parseArgs(['delivery', '--method', 'garage', '--method', 'garage'])).toBeNull();
  });

  it('reads the locker method, and a locker scenario implies it', () => {
    expect(parseArgs(['delivery', '--method', 'locker'])).toEqual({
      command: 'delivery',
      scenario: 'happy',
      method: 'locker',
    });
    for (const scenario of ['locker-full', 'pickup-expired', 'wrong-code']) {
      const parsed = { command: 'delivery', scenario, method: 'locker' };
      expect(parseArgs(['delivery', '--scenario', scenario])).toEqual(parsed);
      expect(parseArgs(['delivery', '--method', 'locker', '--scenario', scenario])).toEqual(parsed);
      expect(parseArgs(['delivery', '--method', 'car', '--scenario', scenario])).toBeNull();
    }
    expect(parseArgs(['delivery', '--method', 'locker', '--scenario', 'replay'])).toBeNull();
    expect(parseArgs(['delivery', '--method', 'toString'])).toBeNull();
    expect(parseArgs(['delivery', '--method', 'lobby'])).toEqual({
      command: 'delivery',
      scenario: 'happy',
      method: 'lobby',
    });
    expect(parseArgs(['delivery', '--method', 'lobby', '--scenario', 'wrong-code'])).toBeNull();
    expect(parseArgs(['delivery', '--method', 'package_room'])).toEqual({
      command: 'delivery',
      scenario: 'happy',
      method: 'package_room',
    });
    expect(parseArgs(['delivery', '--method', 'package-room'])).toBeNull();
  });

  it('refuses anything else', () => {
    expect(parseArgs([])).toBeNull();
    expect(parseArgs(['deliver'])).toBeNull();
    expect(parseArgs(['delivery', '--scenario'])).toBeNull();
    expect(parseArgs(['delivery', '--scenario', 'teleport'])).toBeNull();
    expect(parseArgs(['delivery', '--scenario', 'happy', 'extra'])).toBeNull();
    expect(parseArgs(['delivery', '--scenario', 'toString'])).toBeNull();
    expect(parseArgs(['service', '--scenario', 'replay'])).toBeNull();
    expect(parseArgs(['delivery', '--scenario', 'overstay'])).toBeNull();
  });

  it('takes the URLs and the key from the environment, with defaults', () => {
    expect(loadSettings({ DATA_DIR: '/nonexistent' })).toEqual({
      apiUrl: 'http://127.0.0.1:8080',
      devicesUrl: 'http://127.0.0.1:8091',
      apiKey: undefined,
      homeId: undefined,
      grantId: undefined,
    });
    const set = loadSettings({
      THRESHOLD_URL: 'http://127.0.0.1:9',
      THRESHOLD_DEVICES_URL: 'http://127.0.0.1:10',
      THRESHOLD_API_KEY: 'thk_k',
    });
    expect(set).toMatchObject({ apiUrl: 'http://127.0.0.1:9', devicesUrl: 'http://127.0.0.1:10', apiKey: 'thk_k' });
  });
});
