import { CAR_SCENARIOS } from './car-scenarios.js';
import { GARAGE_SCENARIOS } from './garage-scenarios.js';
import { LOBBY_SCENARIOS } from './lobby-scenarios.js';
import { LOCKER_SCENARIOS } from './locker-scenarios.js';
import { PACKAGE_ROOM_SCENARIOS } from './package-room-scenarios.js';
import { SCENARIOS } from './scenarios.js';
import { SERVICE_SCENARIOS } from './service-scenarios.js';

// The command line of `npm run demo` (README, "Run it").

export const USAGE = `usage: npm run demo -- delivery [--scenario ${Object.keys(SCENARIOS).join('|')}]
       npm run demo -- delivery --method garage [--scenario ${Object.keys(GARAGE_SCENARIOS).join('|')}]
       npm run demo -- delivery --method car [--scenario ${Object.keys(CAR_SCENARIOS).join('|')}]
       npm run demo -- delivery --method locker [--scenario ${Object.keys(LOCKER_SCENARIOS).join('|')}]
       npm run demo -- delivery --method lobby
       npm run demo -- delivery --method package_room
       npm run demo -- service [--scenario ${Object.keys(SERVICE_SCENARIOS).join('|')}]

  THRESHOLD_URL          the platform (default http://127.0.0.1:8080)
  THRESHOLD_DEVICES_URL  the devices' control API (default http://127.0.0.1:8091)
  THRESHOLD_API_KEY      the carrier's API key (default: carrierApiKey in DATA_DIR/demo/demo.json)
  DATA_DIR               the platform's data folder (default ./data)`;

/** How a delivery gets in: the front door, the garage, the car's boot, a locker, or a building's lobby door or
 * package room. */
export type Method = 'door' | 'garage' | 'car' | 'locker' | 'lobby' | 'package_room';

const COMMANDS = { delivery: SCENARIOS, service: SERVICE_SCENARIOS } as const;
const METHODS: Record<Method, Readonly<Record<string, unknown>>> = {
  door: SCENARIOS,
  garage: GARAGE_SCENARIOS,
  car: CAR_SCENARIOS,
  locker: LOCKER_SCENARIOS,
  lobby: LOBBY_SCENARIOS,
  package_room: PACKAGE_ROOM_SCENARIOS,
};
export type Command = keyof typeof COMMANDS;

export interface Parsed {
  command: Command;
  scenario: string;
  /** Present for a garage, car or locker delivery (`--method …`, or a scenario only that method has). */
  method?: Exclude<Method, 'door'>;
}

/** `--flag value` or `--flag=value` pairs, or null when the list is not made of them (or repeats one). */
function flags(rest: readonly string[]): Map<string, string> | null {
  const out = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, value] = arg.includes('=') ? arg.split('=', 2) : [arg, rest[++i]];
    if (!flag?.startsWith('--') || value === undefined || out.has(flag)) return null;
    out.set(flag, value);
  }
  return out;
}

/** `delivery|service [--method m] [--scenario name]` → what to run (happy by default), or null for anything else. */
export function parseArgs(argv: readonly string[]): Parsed | null {
  const [command, ...rest] = argv;
  if (command !== 'delivery' && command !== 'service') return null;
  const given = flags(rest);
  if (given === null || [...given.keys()].some((f) => f !== '--scenario' && f !== '--method')) return null;
  const scenario = given.get('--scenario') ?? 'happy';
  const methodFlag = given.get('--method');
  if (command === 'service') {
    return methodFlag === undefined && Object.hasOwn(COMMANDS.service, scenario) ? { command, scenario } : null;
  }
  // A scenario only the garage (or the car) has implies it.
  const implied = methodFlag ?? (Object.keys(METHODS) as Method[]).find((m) => Object.hasOwn(METHODS[m], scenario));
  if (implied === undefined || !Object.hasOwn(METHODS, implied)) return null;
  const method = implied as Method;
  if (!Object.hasOwn(METHODS[method], scenario)) return null;
  return method === 'door' ? { command, scenario } : { command, scenario, method };
}
