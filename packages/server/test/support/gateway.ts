import { Bus } from '../../src/bus.js';
import { type Gateway, type GatewayDeps, startGateway } from '../../src/gateway/gateway.js';
import { silentLog } from '../../src/gateway/log.js';
import { randomIds, systemClock } from '../../src/ports.js';
import type { Store } from '../../src/store/db.js';

/**
 * A real gateway over the store, with its own embedded broker on a free port unless `extra.mqtt` names an external
 * one; `extra` also takes an ownership (several nodes) or liveness timings.
 */
export function startTestGateway(
  store: Store,
  bus: Bus = new Bus(),
  extra: Partial<Pick<GatewayDeps, 'mqtt' | 'ownership' | 'liveness'>> = {},
): Promise<Gateway> {
  return startGateway({
    db: store.db,
    dialect: store.dialect,
    bus,
    clock: systemClock,
    ids: randomIds,
    log: silentLog,
    mqtt: { host: '127.0.0.1', port: 0 },
    ...extra,
  });
}
