import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between devices and a broker that can freeze a device's link: the sockets stay open but nothing
 * passes either way, as with a device that hangs or a network that silently drops packets. The broker then sees
 * no keepalive and drops the device after 1.5 × its keepalive (MQTT 3.1.1 §3.1.2.10).
 */
export class FreezeProxy {
  readonly #server: Server;
  readonly #links = new Set<{ device: Socket; broker: Socket }>();
  port = 0;

  constructor(readonly target: { host: string; port: number }) {
    this.#server = createServer((device) => {
      const broker = connect(target);
      const link = { device, broker };
      this.#links.add(link);
      device.pipe(broker);
      broker.pipe(device);
      const close = () => {
        this.#links.delete(link);
        device.destroy();
        broker.destroy();
      };
      device.on('close', close).on('error', close);
      broker.on('close', close).on('error', close);
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as { port: number }).port;
    return `mqtt://127.0.0.1:${this.port}`;
  }

  /** Stops every byte on the links opened so far (they stay open). */
  freezeAll(): void {
    for (const { device, broker } of this.#links) {
      device.unpipe(broker);
      broker.unpipe(device);
      device.pause();
      broker.pause();
    }
  }

  async close(): Promise<void> {
    for (const { device, broker } of this.#links) {
      device.destroy();
      broker.destroy();
    }
    await new Promise((resolve) => this.#server.close(resolve));
  }
}
