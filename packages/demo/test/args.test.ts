import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args.js';
import { loadSettings } from '../src/settings.js';

describe('demo command line', () => {
  it('reads the scenario, happy by default', () => {
    expect(parseArgs(['delivery'])).toBe('happy');
    expect(parseArgs(['delivery', '--scenario', 'replay'])).toBe('replay');
    expect(parseArgs(['delivery', '--scenario=camera-offline'])).toBe('camera-offline');
  });

  it('refuses anything else', () => {
    expect(parseArgs([])).toBeNull();
    expect(parseArgs(['deliver'])).toBeNull();
    expect(parseArgs(['delivery', '--scenario'])).toBeNull();
    expect(parseArgs(['delivery', '--scenario', 'teleport'])).toBeNull();
    expect(parseArgs(['delivery', '--scenario', 'happy', 'extra'])).toBeNull();
    expect(parseArgs(['delivery', '--scenario', 'toString'])).toBeNull();
  });

  it('takes the URLs and the key from the environment, with defaults', () => {
    expect(loadSettings({ DATA_DIR: '/nonexistent' })).toEqual({
      apiUrl: 'http://127.0.0.1:8080',
      devicesUrl: 'http://127.0.0.1:8091',
      apiKey: undefined,
      homeId: undefined,
    });
    const set = loadSettings({
      THRESHOLD_URL: 'http://127.0.0.1:9',
      THRESHOLD_DEVICES_URL: 'http://127.0.0.1:10',
      THRESHOLD_API_KEY: 'thk_k',
    });
    expect(set).toMatchObject({ apiUrl: 'http://127.0.0.1:9', devicesUrl: 'http://127.0.0.1:10', apiKey: 'thk_k' });
  });
});
