import { createServer } from 'node:http';

export interface ReceivedUpload {
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: Buffer;
}

/** A tiny HTTP server standing in for the platform's clip endpoint; answers `failFirst` requests with 503. */
export async function startUploadSink(failFirst = 0) {
  const uploads: ReceivedUpload[] = [];
  let refused = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (refused < failFirst) {
        refused += 1;
        res.writeHead(503).end();
        return;
      }
      const upload = {
        path: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: Buffer.concat(chunks),
      };
      uploads.push(upload);
      res.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sink did not bind');
  return {
    url: `http://127.0.0.1:${address.port}`,
    uploads,
    refusals: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
