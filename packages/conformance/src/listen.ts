import type { Server } from 'node:net';

/** Listens on `host:port` (0: a free port) and answers the `scheme://host:port` it is reachable at. */
export async function listen(
  server: Server,
  scheme: 'mqtt' | 'http',
  o: { host: string; port: number },
): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : o.port;
  return `${scheme}://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
}
