import { describe, expect, it } from 'vitest';
import { joinDashValues } from '../src/cli.js';

describe('threshold-verify arguments', () => {
  it('joins a key that begins with "-" to its option, which parseArgs would refuse as ambiguous', () => {
    expect(joinDashValues(['b.json', '--key', '-Zm9v', '--json'])).toEqual(['b.json', '--key=-Zm9v', '--json']);
    expect(joinDashValues(['b.json', '--device-key', '-x', '--clip', '-c.mp4'])).toEqual([
      'b.json',
      '--device-key=-x',
      '--clip=-c.mp4',
    ]);
  });

  it('leaves options, flags and ordinary values alone', () => {
    const argv = ['b.json', '--key', 'Zm9v', '--json', '--clip', 'a.mp4'];
    expect(joinDashValues(argv)).toEqual(argv);
    // A following option is not a value: the missing value stays an error parseArgs reports.
    expect(joinDashValues(['b.json', '--key', '--json'])).toEqual(['b.json', '--key', '--json']);
    // A flag is never joined with what follows.
    expect(joinDashValues(['--json', '-x'])).toEqual(['--json', '-x']);
  });
});
