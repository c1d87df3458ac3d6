// Serves dist/ on 127.0.0.1 below the base path the site was built for, as
// the city's web server or GitLab Pages would. No test-runner imports here:
// scripts/audit.ts uses it too.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { DIST, builtDeployment } from './dist.ts';

export interface Site {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The address of a path of the site (base path included, as the route table writes it). */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves a built site: dist/ by default, or another build's folder below its base path. */
export async function serveDist(dir = DIST, base = builtDeployment().base): Promise<Site> {
  const handler = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.end();
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return notFound(res);
    req.url = `/${url.slice(base.length)}`;
    handler(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
