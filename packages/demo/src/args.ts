import { SCENARIOS } from './scenarios.js';
import { SERVICE_SCENARIOS } from './service-scenarios.js';

// The command line of `npm run demo` (README, "Run it").

export const USAGE = `usage: npm run demo -- delivery [--scenario ${Object.keys(SCENARIOS).join('|')}]
       npm run demo -- service [--scenario ${Object.keys(SERVICE_SCENARIOS).join('|')}]

  THRESHOLD_URL          the platform (default http://127.0.0.1:8080)
  THRESHOLD_DEVICES_URL  the devices' control API (default http://127.0.0.1:8091)
  THRESHOLD_API_KEY      the carrier's API key (default: carrierApiKey in DATA_DIR/demo/demo.json)
  DATA_DIR               the platform's data folder (default ./data)`;

const COMMANDS = { delivery: SCENARIOS, service: SERVICE_SCENARIOS } as const;
export type Command = keyof typeof COMMANDS;

/** `delivery|service [--scenario name]` → the command and scenario (happy by default), or null for anything else. */
export function parseArgs(argv: readonly string[]): { command: Command; scenario: string } | null {
  const [command, ...rest] = argv;
  if (command !== 'delivery' && command !== 'service') return null;
  if (rest.length === 0) return { command, scenario: 'happy' };
  const [flag, value] = rest[0]!.includes('=') ? rest[0]!.split('=', 2) : [rest[0], rest[1]];
  const used = rest[0]!.includes('=') ? 1 : 2;
  if (flag !== '--scenario' || value === undefined || rest.length !== used) return null;
  return Object.hasOwn(COMMANDS[command], value) ? { command, scenario: value } : null;
}
