import { Bus, type BusEvents, type BusListener } from '../bus.js';

/**
 * What this node saw (`local`) and what other nodes saw (`remote`, cluster/bus-bridge.ts) as one bus to listen on.
 * Emitting goes to `local` only (the bridge then tells the others). Given to whoever waits for an outcome another node
 * may bring about (a camera's recording, a visit moving, the live hub), never to listeners that act on every event
 * (visit services, metrics): those must hear each event on one node only.
 */
export class MergedBus extends Bus {
  readonly #local: Bus;
  readonly #remote: Bus;

  constructor(local: Bus, remote: Bus) {
    super();
    this.#local = local;
    this.#remote = remote;
  }

  override on<K extends keyof BusEvents>(name: K, listener: BusListener<BusEvents[K]>): () => void {
    const offLocal = this.#local.on(name, listener);
    const offRemote = this.#remote.on(name, listener);
    return () => {
      offLocal();
      offRemote();
    };
  }

  override off<K extends keyof BusEvents>(name: K, listener: BusListener<BusEvents[K]>): void {
    this.#local.off(name, listener);
    this.#remote.off(name, listener);
  }

  override emit<K extends keyof BusEvents>(name: K, payload: BusEvents[K], onError?: (error: unknown) => void): void {
    this.#local.emit(name, payload, onError);
  }

  override listenerCount(name: keyof BusEvents): number {
    return this.#local.listenerCount(name) + this.#remote.listenerCount(name);
  }
}
