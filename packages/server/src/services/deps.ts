import type { Clock, Ids } from '../ports.js';
import type { Db } from '../store/db.js';

/** What every service function needs; the clock and ids are ports so tests are deterministic. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
  ids: Ids;
}
