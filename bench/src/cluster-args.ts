// The arguments of `npm run bench -- cluster` (cluster-bench.ts), read without side effects.

export interface ClusterPlan {
  /** Node counts to measure, in order (`--nodes 1,2,3`). */
  nodes: number[];
  /** Emulated homes, each a front door with a lock and a camera; one visit at a time on each (`--doors`). */
  doors: number;
  /** Seconds of warm-up visits, not counted (`--warmup`). */
  warmupSeconds: number;
  /** Seconds of counted visits per node count (`--seconds`). */
  seconds: number;
  floorSamples: number;
  mqttSamples: number;
  /** PostgreSQL server where the benchmark creates and drops a database of its own (BENCH_DATABASE_URL, `--pg`). */
  pgUrl: string;
  /** The external broker every node and device uses (BENCH_MQTT_URL, `--mqtt`). */
  mqttUrl: string;
  /** Start a Mosquitto of its own with TCP_NODELAY instead (`--own-broker`, own-broker.ts). */
  ownBroker: boolean;
}

export const CLUSTER_USAGE =
  'usage: npm run bench -- cluster [--quick] [--nodes 1,2,3] [--doors 6] [--seconds 10] [--warmup 3]\n' +
  '                               [--pg postgres://postgres@127.0.0.1:5432/test] [--mqtt mqtt://127.0.0.1:1883 | --own-broker]';

const DEFAULTS = { nodes: [1, 2, 3], doors: 6, warmupSeconds: 3, seconds: 10, floorSamples: 100, mqttSamples: 500 };
const QUICK = { doors: 4, warmupSeconds: 2, seconds: 6, floorSamples: 30, mqttSamples: 200 };

const count = (raw: string | undefined, max: number): number | null => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
};

/** The plan, or an error message for the usage line. */
export function parseClusterArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ClusterPlan | string {
  const plan: ClusterPlan = {
    ...DEFAULTS,
    pgUrl: env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test',
    mqttUrl: env.BENCH_MQTT_URL?.trim() || 'mqtt://127.0.0.1:1883',
    ownBroker: false,
  };
  const explicit: Partial<ClusterPlan> = {};
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quick') {
      quick = true;
      continue;
    }
    if (flag === '--own-broker') {
      explicit.ownBroker = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) return `${flag} needs a value`;
    if (flag === '--nodes') {
      const list = value.split(',').map((v) => count(v, 16));
      if (list.length === 0 || list.some((n) => n === null)) return `--nodes takes counts 1-16 such as 1,2,3`;
      explicit.nodes = list as number[];
    } else if (flag === '--doors' || flag === '--seconds' || flag === '--warmup') {
      const n = count(value, 600);
      if (n === null) return `${flag} takes a whole number 1-600`;
      if (flag === '--doors') explicit.doors = n;
      else if (flag === '--seconds') explicit.seconds = n;
      else explicit.warmupSeconds = n;
    } else if (flag === '--pg') {
      if (!/^postgres(ql)?:\/\//.test(value)) return '--pg takes a postgres:// URL';
      explicit.pgUrl = value;
    } else if (flag === '--mqtt') {
      if (!/^mqtts?:\/\//.test(value)) return '--mqtt takes an mqtt:// URL';
      explicit.mqttUrl = value;
    } else return `unknown argument ${flag}`;
  }
  return { ...plan, ...(quick ? QUICK : {}), ...explicit };
}
