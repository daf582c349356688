import { Bus } from '../../src/bus.js';
import { type Gateway, startGateway } from '../../src/gateway/gateway.js';
import { silentLog } from '../../src/gateway/log.js';
import { randomIds, systemClock } from '../../src/ports.js';
import type { Store } from '../../src/store/db.js';

/** A real gateway over the store, with its own embedded broker on a free port. */
export function startTestGateway(store: Store, bus: Bus = new Bus()): Promise<Gateway> {
  return startGateway({
    db: store.db,
    dialect: store.dialect,
    bus,
    clock: systemClock,
    ids: randomIds,
    log: silentLog,
    mqtt: { host: '127.0.0.1', port: 0 },
  });
}
