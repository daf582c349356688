import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

// A partner's receiver on 127.0.0.1: verifies every message with the standardwebhooks library (not our code), and
// processes each webhook-id once, as the standard asks of receivers.

export interface Received {
  id: string;
  type: string;
  data: Record<string, unknown>;
  signature: string;
}

export interface Receiver {
  url: string;
  /** Messages processed, in arrival order, each webhook-id once. */
  processed: Received[];
  /** Every request that arrived, duplicates included. */
  requests: number;
  rejected: string[];
  /** Secrets the receiver accepts; a message must verify with each of them. */
  secrets: string[];
  /** While false the receiver answers 503 (a partner outage). */
  up: boolean;
  close(): Promise<void>;
}

export async function startReceiver(secrets: string[] = []): Promise<Receiver> {
  const state: Omit<Receiver, 'url' | 'close'> = { processed: [], requests: 0, rejected: [], secrets, up: true };
  const seen = new Set<string>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests++;
      if (!state.up) {
        res.writeHead(503).end('down');
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = {
        'webhook-id': String(req.headers['webhook-id']),
        'webhook-timestamp': String(req.headers['webhook-timestamp']),
        'webhook-signature': String(req.headers['webhook-signature']),
      };
      try {
        let payload: { type: string; data: Record<string, unknown> } | undefined;
        for (const secret of state.secrets) {
          payload = new Webhook(secret).verify(body, headers) as typeof payload;
        }
        if (!payload) throw new Error('no secret to verify with');
        if (!seen.has(headers['webhook-id'])) {
          seen.add(headers['webhook-id']);
          state.processed.push({ id: headers['webhook-id'], ...payload, signature: headers['webhook-signature'] });
        }
        res.writeHead(204).end();
      } catch (error) {
        state.rejected.push(String(error));
        res.writeHead(400).end('bad signature');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/hooks`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
