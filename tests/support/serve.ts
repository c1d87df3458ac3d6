// Serves dist/ on 127.0.0.1, as a static web server would. No test-runner
// imports here: scripts/audit.ts uses it too.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { DIST, assertBuilt } from './dist.ts';

export interface Site {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(): Promise<Site> {
  assertBuilt();
  const handler = sirv(DIST, { dev: false, etag: false, extensions: ['html'] });
  const notFound = (res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.end();
  };
  const server: Server = createServer((req, res) => handler(req, res, () => notFound(res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

