import { Bus } from '../bus.js';
import type { Config } from '../config.js';
import type { GatewayLog } from '../gateway/log.js';
import { DeviceOwnership } from '../gateway/ownership.js';
import type { Store } from '../store/db.js';
import { startBusBridge } from './bus-bridge.js';
import { MergedBus } from './merged-bus.js';
import { partitionLeases } from './partition-leases.js';

// One node of several against one PostgreSQL and one external broker (docs/operations.md "Several nodes"). Without
// both, the process is the whole platform: it handles every device and its bus is the only one.

export interface ClusterNode {
  /** Which devices this node handles (the gateway drops and keeps the others' messages). */
  ownership: DeviceOwnership;
  /** This node's bus merged with what the other nodes' buses heard: for waits and the live hub (merged-bus.ts). */
  bus: Bus;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  store: Store;
  config: Readonly<Config>;
  nodeId: string;
  /** This node's own bus. */
  bus: Bus;
  log: GatewayLog;
  leases?: { heartbeatMs?: number; ttlMs?: number };
}

export function isClustered(store: Store, config: Readonly<Config>): boolean {
  return store.dialect === 'postgres' && config.databaseUrl !== undefined && config.mqttUrl !== undefined;
}

/** Takes this node's first share of the device partitions and joins the bus fan-out; null for a single process. */
export async function startClusterNode(o: ClusterOptions): Promise<ClusterNode | null> {
  if (!isClustered(o.store, o.config)) return null;
  const ownership = new DeviceOwnership();
  const leases = partitionLeases({ db: o.store.db, nodeId: o.nodeId, ownership, log: o.log, ...o.leases });
  const remote = new Bus();
  const bridge = await startBusBridge({
    databaseUrl: o.config.databaseUrl!,
    schema: o.store.schema ?? 'public',
    nodeId: o.nodeId,
    local: o.bus,
    remote,
    log: o.log,
  });
  await leases.start();
  o.log.info({ nodeId: o.nodeId, partitions: ownership.owned().length }, 'cluster node joined');
  return {
    ownership,
    bus: new MergedBus(o.bus, remote),
    async stop() {
      await leases.stop();
      await bridge.stop();
    },
  };
}
